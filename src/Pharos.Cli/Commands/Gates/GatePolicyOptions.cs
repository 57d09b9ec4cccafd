using System.CommandLine;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Gates;

/// <summary>Where a gate's policy comes from besides the defaults: a catalog folder or a generated folder (full and shown paths).</summary>
public sealed record GatePolicySource(string? CatalogDirectory, string? GeneratedDirectory, string Shown);

/// <summary><c>--catalog</c> and <c>--generated</c>: read the service's <c>gates:</c> policy (one of them, or neither for the defaults).</summary>
internal sealed class GatePolicyOptions
{
    // Not CommonOptions.Catalog(): that one defaults to ./catalog, and a gate without the flag must keep the defaults.
    public Option<DirectoryInfo?> Catalog { get; } = new("--catalog", "-c")
    {
        Description = "Use the gate policy the catalog (services.yaml, monitoring-profiles.yaml in this folder) sets for the service and environment.",
    };

    public Option<DirectoryInfo?> Generated { get; } = new("--generated")
    {
        Description = "Use the gate policy in the ConfigMaps 'pharos generate' wrote to this folder.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Catalog);
        command.Options.Add(Generated);
    }

    public GatePolicySource? Read(ParseResult parse, IOContext io)
    {
        var catalog = parse.GetValue(Catalog);
        var generated = parse.GetValue(Generated);
        return (catalog, generated) switch
        {
            (not null, not null) => throw GateInput.Bad("--catalog and --generated both give a gate policy: use one of them."),
            (not null, null) => new GatePolicySource(CatalogInputOptions.FullPath(catalog, io), null, CatalogInputOptions.ShownPath(catalog, io)),
            (null, not null) => new GatePolicySource(null, CatalogInputOptions.FullPath(generated, io), CatalogInputOptions.ShownPath(generated, io)),
            _ => null,
        };
    }
}
