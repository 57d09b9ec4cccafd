using System.CommandLine;
using Pharos.Cli.Commands.Sync;
using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Settings;
using Pharos.Sync.Controller;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Engine;
using Pharos.Sync.Translation;

namespace Pharos.Cli.Commands.SyncWatch;

public enum SyncSourceKind
{
    Directory,
    Kubernetes,
}

public sealed record SyncWatchArguments(
    SyncSourceKind Source,
    string? SourceDirectory,
    string? Namespace,
    string? Kubeconfig,
    string? Context,
    int? HealthPort,
    bool Prune,
    SyncArguments Sync);

/// <summary>
/// <c>pharos sync --watch</c>: the controller. Watches a generated folder (GitOps) or the cluster's
/// ConfigMaps labelled <c>monitoring.tool=dynatrace,monitoring.primary=true</c>, and on every change
/// translates what it reads and applies it (plan, server-side validation, writes). Kubernetes
/// ConfigMaps get their sync status as annotations. Services whose ConfigMap cannot be read are never
/// pruned. Runs until Ctrl+C / SIGTERM.
/// </summary>
public sealed class SyncWatchCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var options = new SyncOptions();
        var watch = new Option<bool>("--watch", "-w") { Description = "Keep running and re-sync on every change (required: one-shot sync is 'pharos apply').", Required = true };
        var source = new Option<SyncSourceKind>("--source") { Description = "Where desired state comes from: a generated folder or Kubernetes ConfigMaps.", DefaultValueFactory = _ => SyncSourceKind.Directory };
        var sourceDir = new Option<DirectoryInfo?>("--source-dir") { Description = "The generated folder to watch (with --source directory).", DefaultValueFactory = _ => new DirectoryInfo("generated") };
        var ns = new Option<string?>("--namespace") { Description = "Only ConfigMaps in this namespace (default: all namespaces)." };
        var kubeconfig = new Option<FileInfo?>("--kubeconfig") { Description = "Kubeconfig file (default: in-cluster service account, then $KUBECONFIG, then ~/.kube/config)." };
        var context = new Option<string?>("--context") { Description = "Kubeconfig context (default: current-context)." };
        var health = new Option<int?>("--health-port") { Description = "Serve /healthz and /readyz on this port." };
        var prune = SyncFlags.Prune();
        var command = new Command("sync", "The sync controller: watch a generated folder or Kubernetes ConfigMaps and keep Dynatrace in line with them.");
        options.AddTo(command);
        foreach (var option in new Option[] { watch, source, sourceDir, ns, kubeconfig, context, health, prune })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => new SyncWatchCommand(io).RunAsync(
            new SyncWatchArguments(
                parse.GetValue(source),
                parse.GetValue(sourceDir) is { } d ? CatalogInputOptions.FullPath(d, io) : null,
                parse.GetValue(ns),
                parse.GetValue(kubeconfig) is { } k ? CatalogInputOptions.FullPath(k, io) : null,
                parse.GetValue(context),
                parse.GetValue(health),
                parse.GetValue(prune),
                options.Read(parse, io)),
            ct));
        return command;
    }

    public async Task<int> RunAsync(SyncWatchArguments args, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var connection = DynatraceConnection.TryCreate(args.Sync.Url, args.Sync.Token, diagnostics, args.Sync.UrlSetting, args.Sync.TokenSetting);
        var webhooks = TeamsWebhookMap.Load(args.Sync.TeamsWebhooksFile, args.Sync.TeamsWebhooksShown, args.Sync.TeamsWebhooksText);
        var source = CreateSource(args, diagnostics);
        if (connection is null || source is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.PrintText(io.Error, diagnostics.ToSortedList(), io.WorkingDirectory);
            return ExitCodes.Error;
        }

        using var http = new HttpClient(DynatraceClient.CreateHandler()) { Timeout = TimeSpan.FromSeconds(60) };
        var client = new DynatraceClient(http, connection, new DynatraceClientOptions
        {
            MaxConcurrentRequests = args.Sync.Concurrency,
            Retry = new Pharos.Dynatrace.Http.DynatraceRetryOptions { RetryServerErrors = true },
        });
        var engine = new SyncEngine(client, new SettingsNormalizer(SettingsSchemaRegistry.LoadEmbedded()), new SyncEngineOptions { Concurrency = args.Sync.Concurrency });
        var reconciler = Reconciler.From((desired, ct) => ReconcileAsync(engine, desired, args, webhooks, ct));
        var controllerHealth = new ControllerHealth();
        await using var probes = args.HealthPort is { } port ? HealthEndpoint.Start($"http://+:{port}/", controllerHealth) : null;
        io.Error.WriteLine($"pharos sync: watching {source.Description}; applying to {connection.ApiBaseUri}. Ctrl+C stops.");
        await new SyncController(source, reconciler, new SyncControllerOptions
        {
            Health = controllerHealth,
            OnEvent = e => io.Error.WriteLine(e.ToString()),
        }).RunAsync(cancellationToken);
        io.Error.WriteLine("pharos sync: stopped.");
        return ExitCodes.Success;
    }

    private static async Task<ReconcileOutcome> ReconcileAsync(
        SyncEngine engine, DesiredState desired, SyncWatchArguments args, IReadOnlyDictionary<string, string> webhooks, CancellationToken cancellationToken)
    {
        var sink = new DiagnosticBag();
        var translation = SettingsTranslator.Translate(desired.Targets, new TranslationOptions(args.Sync.CatalogId) { TeamsWebhookUrls = webhooks }, sink);
        if (sink.HasErrors)
        {
            return ReconcileOutcome.FromDiagnostics(sink.ToSortedList());
        }

        var request = SyncRequest.FromTranslation(args.Sync.CatalogId, translation);
        request = request with
        {
            Prune = args.Prune,
            PruneScope = request.PruneScope with { ProtectedServices = desired.ProtectedServices },
        };
        var result = await engine.ApplyAsync(request, progress: null, cancellationToken);
        return ReconcileOutcome.FromDiagnostics([.. sink.ToSortedList(), .. result.Diagnostics]);
    }

    private IDesiredStateSource? CreateSource(SyncWatchArguments args, IDiagnosticSink diagnostics)
    {
        if (args.Source == SyncSourceKind.Directory)
        {
            var root = args.SourceDirectory ?? Path.Combine(io.WorkingDirectory, "generated");
            if (DirectorySource.Check(root) is { } problem)
            {
                diagnostics.Add(problem);
                return null;
            }

            return new DirectorySource(root);
        }

        var kubernetes = KubernetesConnectionResolver.Resolve(new KubernetesConnectionRequest { Kubeconfig = args.Kubeconfig, Context = args.Context }, diagnostics);
        return kubernetes is null
            ? null
            : new KubernetesConfigMapSource(new KubernetesHttpClient(kubernetes), new KubernetesSourceOptions { Namespace = args.Namespace });
    }
}
