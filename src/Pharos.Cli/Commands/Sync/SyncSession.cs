using Pharos.Catalog;
using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Translation;

namespace Pharos.Cli.Commands.Sync;

/// <summary>
/// Everything a sync verb needs before it talks to Dynatrace: the compiled and translated catalog
/// as a <see cref="SyncRequest"/>, a checked connection, and the engine. Problems come back as
/// diagnostics (compile, translation, connection); the session is null when any is an error.
/// </summary>
internal sealed class SyncSession : IDisposable
{
    private readonly HttpClient _http;

    private SyncSession(SyncRequest request, DynatraceClient client, HttpClient http, int concurrency)
    {
        Request = request;
        Client = client;
        _http = http;
        Engine = new SyncEngine(client, new SettingsNormalizer(SettingsSchemaRegistry.LoadEmbedded()), new SyncEngineOptions { Concurrency = concurrency });
        Secrets = new SyncSecrets(request.Desired);
    }

    public SyncRequest Request { get; }

    public DynatraceClient Client { get; }

    public SyncEngine Engine { get; }

    public SyncSecrets Secrets { get; }

    /// <summary>The API root, safe to print (never the token).</summary>
    public string EnvironmentShown => Client.Connection.ApiBaseUri.ToString();

    public static async Task<(SyncSession? Session, IReadOnlyList<Diagnostic> Diagnostics)> OpenAsync(
        SyncArguments args, bool prune, bool forceSecrets, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var connection = DynatraceConnection.TryCreate(
            args.Url, args.Token, diagnostics, urlSetting: args.UrlSetting, tokenSetting: args.TokenSetting);
        var webhooks = TeamsWebhookMap.Load(args.TeamsWebhooksFile, args.TeamsWebhooksShown, args.TeamsWebhooksText);

        var (targets, compilation) = await ReadTargetsAsync(args, cancellationToken);
        var found = new List<Diagnostic>(compilation.Diagnostics);
        found.AddRange(diagnostics.ToSortedList());
        if (compilation.HasErrors || connection is null)
        {
            return (null, found);
        }

        CheckEnvironments(args.Environments, targets);
        var translationDiagnostics = new DiagnosticBag();
        var options = new TranslationOptions(args.CatalogId) { TeamsWebhookUrls = webhooks };
        var translation = args.GeneratedDirectory is null
            ? SettingsTranslator.Translate(compilation, options, translationDiagnostics)
            : SettingsTranslator.Translate(targets, options, translationDiagnostics);
        found.AddRange(translationDiagnostics.ToSortedList());
        if (found.Any(d => d.IsError))
        {
            return (null, found);
        }

        var request = SyncRequest.FromTranslation(args.CatalogId, translation, args.Environments) with { Prune = prune, ForceSecrets = forceSecrets };
        var http = new HttpClient(DynatraceClient.CreateHandler()) { Timeout = TimeSpan.FromSeconds(60) };
        var client = new DynatraceClient(http, connection, new DynatraceClientOptions
        {
            MaxConcurrentRequests = args.Concurrency,
            // The sync retries 429 and every 5XX: its writes are safe to repeat (externalIds de-duplicate them).
            Retry = new Pharos.Dynatrace.Http.DynatraceRetryOptions { RetryServerErrors = true },
        });
        return (new SyncSession(request, client, http, args.Concurrency), found);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The targets to sync: compiled from the catalog, or read back from a generated folder.</summary>
    private static async Task<(IReadOnlyList<Pharos.Catalog.Resolution.ResolvedTarget>, CompilationResult)> ReadTargetsAsync(SyncArguments args, CancellationToken cancellationToken)
    {
        if (args.GeneratedDirectory is null)
        {
            var compiled = await args.Input.CompileAsync(cancellationToken);
            return (compiled.Targets, compiled);
        }

        var sink = new DiagnosticBag();
        var targets = await Pharos.Catalog.Output.GeneratedFolderReader.ReadAsync(args.GeneratedDirectory, args.GeneratedShown ?? args.GeneratedDirectory, sink, cancellationToken);
        return (targets, new CompilationResult(new Pharos.Catalog.Model.ServiceCatalog([], new Dictionary<string, Pharos.Catalog.Model.MonitoringProfile>()), targets, sink.ToSortedList()));
    }

    private static void CheckEnvironments(IReadOnlyList<string> environments, IReadOnlyList<Pharos.Catalog.Resolution.ResolvedTarget> targets)
    {
        var known = targets.Select(t => t.Environment.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var environment in environments.Where(e => !known.Contains(e, StringComparer.Ordinal)))
        {
            throw new CliException($"--environment: the catalog has no environment '{environment}'.{NameSuggester.DidYouMean(environment, known)} Known: {string.Join(", ", known)}.");
        }
    }
}
