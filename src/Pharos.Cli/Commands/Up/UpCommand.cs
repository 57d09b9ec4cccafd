using System.CommandLine;
using Pharos.Cli.Commands.Generate;
using Pharos.Cli.Commands.Local;
using Pharos.Cli.Commands.Sync;
using Pharos.Cli.Infrastructure;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Commands.Up;

public sealed record UpArguments(
    CatalogInput Input,
    string OutDirectory,
    string DataDirectory,
    int Port,
    string? TeamsWebhooksFile,
    string? TeamsWebhooksShown,
    bool Serve);

/// <summary>
/// <c>pharos up</c>: the whole loop on the embedded default — validate and generate the catalog,
/// start the local environment (or use one already running on the same data folder), apply, say
/// where everything is, and keep serving until Ctrl+C.
/// </summary>
public sealed class UpCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var catalog = new Option<DirectoryInfo>("--catalog", "-c") { Description = "Catalog folder.", DefaultValueFactory = _ => new DirectoryInfo("examples/platform-next") };
        var metrics = new Option<DirectoryInfo?>("--metrics-catalog") { Description = "Metrics-catalog working copy (default: examples/metrics-catalog when the example catalog is used).", DefaultValueFactory = _ => new DirectoryInfo("examples/metrics-catalog") };
        var cache = CommonOptions.CacheDir();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Where the generated Kustomize folders go.", DefaultValueFactory = _ => new DirectoryInfo("generated") };
        var data = LocalOptions.Data();
        var port = new Option<int>("--port", "-p") { Description = "Port for the local environment; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var webhooks = new Option<FileInfo?>("--teams-webhooks") { Description = "Teams channel → webhook URL map (default: teams-webhooks.yaml in the catalog folder, if present)." };
        var noServe = new Option<bool>("--no-serve") { Description = "Apply and exit instead of keeping the local environment running." };
        var command = new Command("up", "Generate the catalog, start the local Dynatrace-compatible environment, apply, and keep it running.")
        {
            catalog, metrics, cache, outDir, data, port, webhooks, noServe,
        };
        command.SetAction((parse, ct) =>
        {
            var catalogDir = parse.GetValue(catalog)!;
            var metricsDir = parse.GetValue(metrics);
            var webhookFile = parse.GetValue(webhooks) ?? new FileInfo(Path.Combine(CatalogInputOptions.FullPath(catalogDir, io), "teams-webhooks.yaml"));
            var input = new CatalogInput(
                CatalogInputOptions.FullPath(catalogDir, io),
                CatalogInputOptions.ShownPath(catalogDir, io),
                metricsDir is null ? null : CatalogInputOptions.FullPath(metricsDir, io),
                metricsDir is null ? null : CatalogInputOptions.ShownPath(metricsDir, io),
                parse.GetValue(cache) is { } c ? CatalogInputOptions.FullPath(c, io) : null);
            var hasWebhooks = File.Exists(CatalogInputOptions.FullPath(webhookFile, io));
            return new UpCommand(io).RunAsync(
                new UpArguments(
                    input,
                    CatalogInputOptions.ShownPath(parse.GetValue(outDir)!, io),
                    CatalogInputOptions.FullPath(parse.GetValue(data)!, io),
                    parse.GetValue(port),
                    hasWebhooks ? CatalogInputOptions.FullPath(webhookFile, io) : null,
                    hasWebhooks ? CatalogInputOptions.ShownPath(webhookFile, io) : null,
                    !parse.GetValue(noServe)),
                ct);
        });
        return command;
    }

    public async Task<int> RunAsync(UpArguments args, CancellationToken cancellationToken)
    {
        io.Output.WriteLine("» 1/3  Validating and generating the catalog");
        var generated = await new GenerateCommand(io).RunAsync(
            new GenerateArguments(args.Input, args.OutDirectory, Check: false, GenerateFormat.Kustomize, OutputFormat.Text), cancellationToken);
        if (generated != ExitCodes.Success)
        {
            return generated;
        }

        io.Output.WriteLine();
        io.Output.WriteLine("» 2/3  Local Dynatrace-compatible environment");
        Directory.CreateDirectory(args.DataDirectory);
        var tokenFile = Path.Combine(args.DataDirectory, "admin-token");
        LocalEnvironment? started = null;
        string? url = File.Exists(tokenFile)
            ? await LocalEndpointFile.FindRunningAsync(args.DataDirectory, (await File.ReadAllTextAsync(tokenFile, cancellationToken)).Trim(), cancellationToken)
            : null;
        if (url is not null)
        {
            io.Output.WriteLine($"Using the local environment already running at {url}.");
        }
        else
        {
            started = await LocalEnvironment.StartAsync(
                new LocalEnvironmentOptions { Port = args.Port, DataDirectory = args.DataDirectory, HandleShutdownSignals = false },
                services => LocalLogging.AddConsole(services, OutputFormat.Text, quiet: true),
                cancellationToken);
            LocalEndpointFile.Write(started.DataDirectory, started.BaseAddress);
            url = started.BaseAddress.ToString().TrimEnd('/');
            io.Output.WriteLine($"Started at {url} (data in {args.DataDirectory}).");
        }

        await using (started)
        {
            io.Output.WriteLine();
            io.Output.WriteLine("» 3/3  Applying the catalog (plan, server-side validation, writes)");
            var token = (await File.ReadAllTextAsync(tokenFile, cancellationToken)).Trim();
            var sync = new SyncArguments(
                args.Input,
                Path.GetFileName(Path.TrimEndingDirectorySeparator(args.Input.CatalogDirectory)),
                args.TeamsWebhooksFile,
                args.TeamsWebhooksShown,
                null,
                [],
                url,
                token,
                Concurrency: 5,
                OutputFormat.Text);
            // The local environment is Pharos' own, so objects the catalog no longer wants are removed too.
            var applied = await new ApplyCommand(io).RunAsync(new ApplyArguments(sync, Prune: true, ForceSecrets: false), cancellationToken);

            WhereEverythingIs(args, url, tokenFile);
            if (started is null || !args.Serve || applied != ExitCodes.Success)
            {
                if (started is not null)
                {
                    LocalEndpointFile.Delete(args.DataDirectory);
                    await started.StopAsync(CancellationToken.None);
                }

                return applied;
            }

            io.Output.WriteLine("The local environment keeps running; press Ctrl+C to stop it.");
            io.Output.Flush();
            await LocalServeCommand.RunUntilStoppedAsync(started, cancellationToken);
            io.Error.WriteLine("Local environment stopped.");
            return ExitCodes.Success;
        }
    }

    private void WhereEverythingIs(UpArguments args, string url, string tokenFile)
    {
        var o = io.Output;
        var catalog = args.Input.CatalogShown;
        var metrics = args.Input.MetricsCatalogShown is { } m ? $" --metrics-catalog {m}" : "";
        o.WriteLine();
        o.WriteLine("Where everything is");
        o.WriteLine($"  environment   {url}   (Dynatrace Environment API v2 at {url}/api/v2/)");
        o.WriteLine($"  token file    {tokenFile}   (admin token, mode 0600; never printed)");
        o.WriteLine($"  generated     {args.OutDirectory}/<service>/<env>/<region>/");
        o.WriteLine($"  catalog       {catalog}{(metrics.Length > 0 ? $"  (metrics catalog {args.Input.MetricsCatalogShown})" : "")}");
        o.WriteLine();
        o.WriteLine("What to try next");
        o.WriteLine($"  export DT_ENV_URL={url} DT_API_TOKEN=\"$(cat {tokenFile})\"");
        o.WriteLine($"  pharos plan --catalog {catalog}{metrics} --teams-webhooks {args.TeamsWebhooksShown ?? "FILE"}   # 0 changes: Dynatrace matches the catalog");
        o.WriteLine($"  pharos explain payment-processor --catalog {catalog}{metrics} --env prod --region euw1");
        o.WriteLine($"  curl -s -H \"Authorization: Api-Token $DT_API_TOKEN\" \"$DT_ENV_URL/api/v2/settings/objects?schemaIds=builtin:anomaly-detection.metric-events&fields=externalId,summary\"");
        o.WriteLine($"  curl -s -H \"Authorization: Api-Token $DT_API_TOKEN\" \"$DT_ENV_URL/api/v2/slo\"   # SLO status, error budget and burn rate from the stored metrics");
        o.WriteLine($"  pharos local notifications --data {args.DataDirectory}   # every notification the minute loop delivered, and why any was not sent");
        if (catalog.EndsWith("examples/platform-next", StringComparison.Ordinal))
        {
            // The shipped alert tests name the example catalog; for another catalog the hint would fail.
            o.WriteLine("  pharos test examples/alert-tests/*.yaml   # the example catalog's alerts, unit-tested under a virtual clock");
        }


        o.WriteLine($"  edit {catalog}/services.yaml, then: pharos up --no-serve   # applies just the difference");
    }
}
