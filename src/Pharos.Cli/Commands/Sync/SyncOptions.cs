using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Dynatrace.Connection;

namespace Pharos.Cli.Commands.Sync;

/// <summary>The options plan, apply and drift share, created fresh per command.</summary>
internal sealed class SyncOptions
{
    public CatalogInputOptions Catalog { get; } = new();

    public Option<string?> CatalogId { get; } = new("--catalog-id")
    {
        Description = "Scopes every externalId, and so what this run may change or prune (default: the catalog folder's name).",
    };

    public Option<DirectoryInfo?> Generated { get; } = new("--generated")
    {
        Description = "Sync from a folder written by 'pharos generate' (its ConfigMaps) instead of compiling --catalog.",
    };

    public Option<FileInfo?> TeamsWebhooks { get; } = new("--teams-webhooks")
    {
        Description = $"YAML or JSON map of Teams channel to webhook URL (secrets; default: the map in ${TeamsWebhookMap.EnvironmentVariable}).",
    };

    public Option<string[]> Environments { get; } = new("--environment", "-e")
    {
        Description = "Sync only these catalog environments (repeatable), e.g. the ones this tenant holds. Default: all.",
    };

    public Option<string?> Url { get; } = new("--url")
    {
        Description = $"The Dynatrace environment (default: ${DynatraceConnection.EnvironmentUrlVariable}).",
    };

    // No DefaultValueFactory: help would print the token.
    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"API token with settings.read and settings.write (default: ${DynatraceConnection.TokenVariable}, which keeps it out of the process list).",
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = "Requests in flight at once.",
        DefaultValueFactory = _ => 5,
    };

    public Option<OutputFormat> Output { get; } = CommonOptions.Output();

    public void AddTo(Command command)
    {
        Catalog.AddTo(command);
        foreach (var option in new Option[] { Generated, CatalogId, TeamsWebhooks, Environments, Url, Token, Concurrency, Output })
        {
            command.Options.Add(option);
        }
    }

    public SyncArguments Read(ParseResult parse, IOContext io)
    {
        var input = Catalog.Read(parse, io);
        var webhooks = parse.GetValue(TeamsWebhooks);
        var concurrency = parse.GetValue(Concurrency);
        if (concurrency < 1)
        {
            throw new CliException($"--concurrency must be at least 1, not {concurrency}.");
        }

        var generated = parse.GetValue(Generated);
        var url = parse.GetValue(Url);
        var token = parse.GetValue(Token);
        return new SyncArguments(
            input,
            parse.GetValue(CatalogId) ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(generated is null ? input.CatalogDirectory : CatalogInputOptions.FullPath(generated, io))),
            webhooks is null ? null : CatalogInputOptions.FullPath(webhooks, io),
            webhooks is null ? null : CatalogInputOptions.ShownPath(webhooks, io),
            webhooks is null ? Environment.GetEnvironmentVariable(TeamsWebhookMap.EnvironmentVariable) : null,
            parse.GetValue(Environments) ?? [],
            url ?? Environment.GetEnvironmentVariable(DynatraceConnection.EnvironmentUrlVariable),
            token ?? Environment.GetEnvironmentVariable(DynatraceConnection.TokenVariable),
            concurrency,
            parse.GetValue(Output))
        {
            GeneratedDirectory = generated is null ? null : CatalogInputOptions.FullPath(generated, io),
            GeneratedShown = generated is null ? null : CatalogInputOptions.ShownPath(generated, io),
            UrlSetting = url is null ? DynatraceConnection.EnvironmentUrlVariable : Url.Name,
            TokenSetting = token is null ? DynatraceConnection.TokenVariable : Token.Name,
        };
    }
}
