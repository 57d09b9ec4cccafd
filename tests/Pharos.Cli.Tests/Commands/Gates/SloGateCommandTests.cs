using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary>
/// <c>pharos gate slo</c> against a started local environment: the SLO is a <c>builtin:monitoring.slo</c> settings
/// object, its request counts are ingested as metrics, and the environment evaluates it on every read.
/// </summary>
public sealed class SloGateCommandTests : IAsyncLifetime
{
    private const string ServiceId = "SERVICE-1234567890ABCDEF";

    private GateScenario _scenario = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        _http = new HttpClient { BaseAddress = _scenario.Environment.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", _scenario.Token);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _scenario.DisposeAsync();
    }

    private static string[] Target => ["gate", "slo", "--service", GateScenario.Service, "--env", GateScenario.Env, "--output", "json"];

    private async Task CreateSloAsync(string window = "-1h", double fastBurnThreshold = 10)
    {
        var value = new JsonObject
        {
            ["enabled"] = true,
            ["name"] = $"{GateScenario.Service} availability",
            ["metricName"] = "payment_processor_availability",
            ["metricExpression"] = "(100)*(gate.good.count:splitBy())/(gate.total.count:splitBy())",
            ["evaluationType"] = "AGGREGATE",
            ["filter"] = $"type(\"SERVICE\"),entityId(\"{ServiceId}\")",
            ["evaluationWindow"] = window,
            ["targetSuccess"] = 95.0,
            ["targetWarning"] = 97.5,
            ["errorBudgetBurnRate"] = new JsonObject { ["burnRateVisualizationEnabled"] = true, ["fastBurnThreshold"] = fastBurnThreshold },
        };
        var body = new JsonArray(new JsonObject { ["schemaId"] = "builtin:monitoring.slo", ["scope"] = "environment", ["value"] = value });
        using var response = await _http.PostAsync("settings/objects", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Ingests good/total request counts for each minute in [fromMinute, toMinute) before now (wall clock).</summary>
    private async Task IngestAsync(int fromMinute, int toMinute, int good, int total)
    {
        var now = DateTimeOffset.UtcNow;
        var lines = new StringBuilder();
        for (var minute = fromMinute; minute < toMinute; minute++)
        {
            var at = now.AddMinutes(minute).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            lines.Append(CultureInfo.InvariantCulture, $"gate.good,dt.entity.service={ServiceId} count,delta={good} {at}\n");
            lines.Append(CultureInfo.InvariantCulture, $"gate.total,dt.entity.service={ServiceId} count,delta={total} {at}\n");
        }

        using var response = await _http.PostAsync("metrics/ingest", new StringContent(lines.ToString(), Encoding.UTF8, "text/plain"));
        Assert.True((int)response.StatusCode == 202, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Objective(CliResult result, string reasonCode) =>
        result.Json.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("reasonCode").GetString() == reasonCode);

    [Fact]
    public async Task Slo_FailingSlo_FailsWithExit1()
    {
        await CreateSloAsync();
        await IngestAsync(-20, 0, good: 900, total: 1000);

        var result = await _scenario.RunAsync(Target);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(1, result.Json.GetProperty("exitCode").GetInt32());
        var status = Objective(result, "SLO_STATUS_FAILURE");
        Assert.Equal("fail", status.GetProperty("outcome").GetString());
        Assert.Equal("FAILURE at 90 %", status.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Slo_HealthySlo_PassesWithExit0()
    {
        await CreateSloAsync();
        await IngestAsync(-20, 0, good: 1000, total: 1000);

        var result = await _scenario.RunAsync(Target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("pass", Objective(result, "SLO_STATUS_SUCCESS").GetProperty("outcome").GetString());
        Assert.Equal("pass", Objective(result, "SLO_NO_FAST_BURN").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Slo_FastBurnWhileTheWindowIsStillMet_FailsWithExit1()
    {
        // The window (-1h to -30m) is fully good, so the SLO is SUCCESS; the last hour lost a quarter of its
        // requests: burn rate 0.25 / 0.05 = 5 ≥ 2.
        await CreateSloAsync(window: "-1h to -30m", fastBurnThreshold: 2);
        await IngestAsync(-59, -30, good: 1000, total: 1000);
        await IngestAsync(-29, 0, good: 500, total: 1000);

        var result = await _scenario.RunAsync(Target);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("pass", Objective(result, "SLO_STATUS_SUCCESS").GetProperty("outcome").GetString());
        var burn = Objective(result, "SLO_FAST_BURN");
        Assert.Equal("fail", burn.GetProperty("outcome").GetString());
        var value = burn.GetProperty("value").GetString()!;
        Assert.EndsWith(" (FAST)", value, StringComparison.Ordinal);
        Assert.Equal(5, double.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture), 6);
    }
}
