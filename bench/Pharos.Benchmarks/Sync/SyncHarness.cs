using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pharos.Benchmarks.Catalog;
using Pharos.Catalog;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Concurrency;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Settings;
using Pharos.Local.Hosting;
using Pharos.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Translation;

namespace Pharos.Benchmarks.Sync;

/// <summary>
/// Issue 4's targets against the local environment (started in this process on 127.0.0.1): a
/// synthetic catalog translating to about 10,000 Settings objects; the first full apply (plan with
/// validateOnly, then batched writes; wall time), a no-op plan (HTTP requests: list pages only) and
/// a no-op apply (writes). Reference in the same run: the same objects POSTed raw (no listing, no
/// diff, no validation) into a fresh environment with the same batching and concurrency.
/// </summary>
internal static class SyncHarness
{
    public static int Run(string[] args)
    {
        var services = IntArg(args, "--services", 460);
        var concurrency = IntArg(args, "--concurrency", 5);
        var root = Path.Combine(Path.GetTempPath(), "pharos-sync-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            return RunAsync(root, services, concurrency).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string root, int services, int concurrency)
    {
        var catalogDir = Path.Combine(root, "catalog");
        var metricsDir = Path.Combine(root, "metrics-catalog");
        SyntheticCatalog.Write(catalogDir, metricsDir, services, new Uri(metricsDir).AbsoluteUri);

        var watch = Stopwatch.StartNew();
        var compilation = await new CatalogCompiler(new WorkingCopyMetricsCatalogSource(metricsDir)).CompileAsync(catalogDir, CancellationToken.None);
        if (compilation.HasErrors)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, compilation.Diagnostics.Where(d => d.IsError).Take(10)));
            return 1;
        }

        var webhooks = Enumerable.Range(0, services).ToDictionary(i => $"#team-service-{i:D4}", i => $"https://example.webhook.office.com/webhookb2/service-{i:D4}");
        var translationDiagnostics = new DiagnosticBag();
        var translation = SettingsTranslator.Translate(compilation, new TranslationOptions("bench") { TeamsWebhookUrls = webhooks }, translationDiagnostics);
        if (translationDiagnostics.ToSortedList().FirstOrDefault(d => d.IsError) is { } translationError)
        {
            Console.Error.WriteLine(translationError);
            return 1;
        }

        var compileSeconds = watch.Elapsed.TotalSeconds;
        var request = SyncRequest.FromTranslation("bench", translation);
        var normalizer = new SettingsNormalizer(SettingsSchemaRegistry.LoadEmbedded());

        await using var target = await Target.StartAsync(Path.Combine(root, "local-apply"), concurrency);
        var engine = new SyncEngine(target.Client, normalizer, new SyncEngineOptions { Concurrency = concurrency });

        watch.Restart();
        var firstPlan = await engine.PlanAsync(request, CancellationToken.None);
        var firstPlanSeconds = watch.Elapsed.TotalSeconds;
        var first = await engine.ExecuteAsync(firstPlan, new SyncSecrets(request.Desired), null, CancellationToken.None);
        var firstApply = watch.Elapsed.TotalSeconds;
        if (!first.Succeeded)
        {
            Console.Error.WriteLine("first apply failed: " + string.Join(Environment.NewLine, first.Diagnostics.Where(d => d.IsError).Take(10)));
            return 1;
        }

        var firstRequests = Snapshot(target.Client.Requests);
        target.Client.Requests.Reset();
        watch.Restart();
        var plan = await engine.PlanAsync(request, CancellationToken.None);
        var planSeconds = watch.Elapsed.TotalSeconds;
        var noopPlan = Snapshot(target.Client.Requests);

        target.Client.Requests.Reset();
        watch.Restart();
        var noop = await engine.ApplyAsync(request, null, CancellationToken.None);
        var noopApplySeconds = watch.Elapsed.TotalSeconds;
        var noopApply = Snapshot(target.Client.Requests);

        await using var reference = await Target.StartAsync(Path.Combine(root, "local-raw"), concurrency);
        watch.Restart();
        await RawPostAsync(reference.Client, request.Desired, concurrency);
        var raw = watch.Elapsed.TotalSeconds;

        var perKind = string.Join(", ", request.Desired.GroupBy(d => d.Kind).Select(g => $"{g.Count()} {SyncKinds.Label(g.Key)}"));
        Console.WriteLine($"sync: {services} services → {request.Desired.Count} desired objects ({perKind}); concurrency {concurrency}, batches of 100; load average {LoadAverage()}");
        Console.WriteLine("| measure | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| compile + translate the catalog | {F(compileSeconds)} s | |");
        Console.WriteLine($"| first full apply: wall time (list, diff, validateOnly, writes) | {F(firstApply)} s | ≤ 60 s |");
        Console.WriteLine($"| … of which the plan (list, diff, validateOnly) | {F(firstPlanSeconds)} s | |");
        Console.WriteLine($"| first full apply: requests | {firstRequests} | |");
        Console.WriteLine($"| reference: raw POST of the same objects, same batching, fresh environment | {F(raw)} s | |");
        Console.WriteLine($"| first full apply ÷ raw POST | {F(firstApply / raw)}× | |");
        Console.WriteLine($"| no-op plan: HTTP requests | {noopPlan} ({F(planSeconds)} s, {plan.CountOf(PlanAction.Unchanged)} unchanged) | only list pages, ≤ 30 |");
        Console.WriteLine($"| no-op apply: writes | {noopApply.Writes} ({noopApply}; {F(noopApplySeconds)} s, {noop.Outcomes.Count} outcomes) | 0 |");
        return plan.HasChanges || noopApply.Writes != 0 ? 1 : 0;
    }

    // The floor: what the local environment needs to store these objects, with no plan around it.
    private static async Task RawPostAsync(DynatraceClient client, IReadOnlyList<DesiredObject> desired, int concurrency)
    {
        var objectIds = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in desired.GroupBy(d => d.Kind).OrderBy(g => g.Key))
        {
            var batches = group.Chunk(100).ToList();
            await BoundedConcurrency.ForEachAsync(batches, concurrency, async (batch, ct) =>
            {
                var payloads = batch.Select(d =>
                {
                    var value = (System.Text.Json.Nodes.JsonObject)d.Value.DeepClone();
                    foreach (var reference in d.References)
                    {
                        value[reference.Path.TrimStart('/')] = objectIds[reference.ExternalId];
                    }

                    return new SettingsObjectCreate(d.SchemaId, d.Scope, JsonSerializer.SerializeToElement(value)) { ExternalId = d.ExternalId, SchemaVersion = d.SchemaVersion };
                }).ToList();
                var result = await client.Settings.CreateObjectsAsync(payloads, SettingsCreateOptions.Default, ct);
                if (!result.AllSucceeded)
                {
                    throw new InvalidOperationException("raw POST failed: " + result.Items.First(i => !i.IsSuccess).Error?.Describe());
                }

                foreach (var item in result.Items)
                {
                    objectIds[batch[item.Index].ExternalId] = item.ObjectId!;
                }
            }, CancellationToken.None);
        }
    }

    private static RequestFigures Snapshot(DynatraceRequestCounter counter)
    {
        var validations = counter.Snapshot().Where(t => t.Method == "POST").Sum(t => t.Requests - t.Writes);
        return new RequestFigures(counter.Total, counter.RequestsFor("GET", SettingsApi.ObjectsTemplate), validations, counter.Writes);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static int IntArg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record RequestFigures(long Total, long ListPages, long Validations, long Writes)
    {
        public override string ToString() => $"{Total} requests: {ListPages} list pages, {Validations} validateOnly, {Writes} writes";
    }

    /// <summary>A fresh local environment and a client with the admin token, retrying as the CLI does.</summary>
    private sealed class Target : IAsyncDisposable
    {
        private readonly LocalEnvironment _environment;
        private readonly HttpClient _http;

        private Target(LocalEnvironment environment, HttpClient http, DynatraceClient client)
        {
            _environment = environment;
            _http = http;
            Client = client;
        }

        public DynatraceClient Client { get; }

        public static async Task<Target> StartAsync(string dataDirectory, int concurrency)
        {
            var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { Port = 0, DataDirectory = dataDirectory, HandleShutdownSignals = false });
            var token = (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim();
            var connection = DynatraceConnection.TryCreate(environment.BaseAddress.ToString(), token, new DiagnosticBag())!;
            var http = new HttpClient(DynatraceClient.CreateHandler()) { Timeout = TimeSpan.FromSeconds(60) };
            var client = new DynatraceClient(http, connection, new DynatraceClientOptions
            {
                MaxConcurrentRequests = concurrency,
                Retry = new DynatraceRetryOptions { RetryServerErrors = true },
            });
            return new Target(environment, http, client);
        }

        public async ValueTask DisposeAsync()
        {
            await _environment.DisposeAsync();
            _http.Dispose();
        }
    }
}
