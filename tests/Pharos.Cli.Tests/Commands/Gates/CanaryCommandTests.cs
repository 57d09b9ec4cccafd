using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Pharos.Local.Entities;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary>
/// <c>pharos gate canary</c> end to end against a started local environment: one SERVICE entity per
/// version (tagged <c>[Kubernetes]app.kubernetes.io/version</c>, as the default arm template selects),
/// per-minute error rate and latency ingested through <c>POST /api/v2/metrics/ingest</c> on each
/// entity's <c>dt.entity.service</c> dimension, and the canary's metric selectors from the catalog
/// (a tenant's <c>builtin:</c> service metrics cannot be ingested).
/// </summary>
public sealed class CanaryCommandTests : IAsyncLifetime
{
    private const string Stable = "1.4.2";
    private const string Canary = "1.5.0";

    private const string Profiles = """
        monitoringProfiles:
          api:
            dynatrace:
              enabled: true
            gates:
              canary:
                metrics:
                  - name: error_rate
                    selector: "canary.errors.rate:splitBy()"
                    unit: "%"
                  - name: latency_p95
                    selector: "canary.latency.p95:splitBy()"
                    unit: ms
        """;

    private const string Services = """
        services:
          - name: payment-processor
            regions: [euw1]
            enabledIn: [prod]
            monitoringProfile: api
        """;

    private GateScenario _scenario = null!;
    private HttpClient _http = null!;
    private string _catalog = null!;
    private readonly Dictionary<string, string> _entityOf = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        _http = new HttpClient { BaseAddress = _scenario.Environment.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", _scenario.Token);
        foreach (var version in new[] { Stable, Canary })
        {
            var entity = await _scenario.Environment.Entities.RegisterAsync(
                new EntityRegistration("SERVICE", $"{GateScenario.Service} {version}")
                {
                    Tags =
                    [
                        new EntityTag("KUBERNETES", "app", GateScenario.Service),
                        new EntityTag("KUBERNETES", "cost.environment", GateScenario.Env),
                        new EntityTag("KUBERNETES", "app.kubernetes.io/version", version),
                    ],
                },
                CancellationToken.None);
            _entityOf[version] = entity.EntityId;
        }

        _catalog = Path.Combine(_scenario.Directory, "catalog");
        Directory.CreateDirectory(_catalog);
        await File.WriteAllTextAsync(Path.Combine(_catalog, "monitoring-profiles.yaml"), Profiles + "\n");
        await File.WriteAllTextAsync(Path.Combine(_catalog, "services.yaml"), Services + "\n");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _scenario.DisposeAsync();
    }

    /// <summary>
    /// One point a minute for the last <paramref name="minutes"/> minutes: error rate in % and p95
    /// latency in ms, each with a small deterministic wobble (a seeded generator) so the samples are
    /// not all tied, as real per-minute values are not.
    /// </summary>
    private async Task IngestAsync(string version, int minutes, double errorRate, double latencyMs, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var lines = new StringBuilder();
        for (var minute = 1; minute <= minutes; minute++)
        {
            var at = now.AddMinutes(-minute).ToUnixTimeMilliseconds();
            var error = errorRate * (0.9 + 0.2 * random.NextDouble());
            var latency = latencyMs * (0.95 + 0.1 * random.NextDouble());
            lines.Append(CultureInfo.InvariantCulture, $"canary.errors.rate,dt.entity.service={_entityOf[version]} gauge,{error:0.0000} {at}\n");
            lines.Append(CultureInfo.InvariantCulture, $"canary.latency.p95,dt.entity.service={_entityOf[version]} gauge,{latency:0.00} {at}\n");
        }

        using var response = await _http.PostAsync("metrics/ingest", new StringContent(lines.ToString(), Encoding.UTF8, "text/plain"));
        Assert.True((int)response.StatusCode == 202, await response.Content.ReadAsStringAsync());
    }

    private Task<CliResult> RunCanaryAsync() => _scenario.RunAsync(
        "gate", "canary", "--service", GateScenario.Service, "--env", GateScenario.Env,
        "--canary", Canary, "--stable", Stable, "--catalog", _catalog, "--output", "json");

    private static string ReasonOf(CliResult result, string objective) =>
        result.Json.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("name").GetString() == objective).GetProperty("reasonCode").GetString()!;

    [Fact]
    public async Task Canary_ErrorRateTripled_RollsBackWithExit1()
    {
        await IngestAsync(Stable, 30, errorRate: 1.0, latencyMs: 120, seed: 1);
        await IngestAsync(Canary, 30, errorRate: 3.0, latencyMs: 120, seed: 2);

        var result = await RunCanaryAsync();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("ROLLBACK", result.Json.GetProperty("verdict").GetString());
        Assert.Equal("CANARY_METRIC_REGRESSION", ReasonOf(result, "error_rate"));
        Assert.NotEqual("CANARY_METRIC_REGRESSION", ReasonOf(result, "latency_p95"));
        var requests = result.Json.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "error_rate")
            .GetProperty("requests").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(requests, r => r.StartsWith("GET /api/v2/metrics/query?metricSelector=canary.errors.rate:splitBy()", StringComparison.Ordinal)
            && r.Contains($"entitySelector={GateScenario.Selector()},tag(\"[Kubernetes]app.kubernetes.io/version:{Canary}\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Canary_SameBehaviourAsStable_PromotesWithExit0()
    {
        // The same seed: both versions report exactly the same values, minute by minute.
        await IngestAsync(Stable, 30, errorRate: 1.0, latencyMs: 120, seed: 7);
        await IngestAsync(Canary, 30, errorRate: 1.0, latencyMs: 120, seed: 7);

        var result = await RunCanaryAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("PROMOTE", result.Json.GetProperty("verdict").GetString());
        Assert.Equal("CANARY_METRIC_NO_REGRESSION", ReasonOf(result, "error_rate"));
        Assert.Equal("CANARY_METRIC_NO_REGRESSION", ReasonOf(result, "latency_p95"));
    }

    [Fact]
    public async Task Canary_TooFewSamples_IsInconclusiveWithExit3()
    {
        await IngestAsync(Stable, 30, errorRate: 1.0, latencyMs: 120, seed: 3);
        await IngestAsync(Canary, 5, errorRate: 3.0, latencyMs: 120, seed: 4);

        var result = await RunCanaryAsync();

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal("INCONCLUSIVE", result.Json.GetProperty("verdict").GetString());
        Assert.Equal("CANARY_TOO_FEW_SAMPLES", ReasonOf(result, "error_rate"));
    }
}
