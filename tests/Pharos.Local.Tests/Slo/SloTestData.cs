using System.Globalization;
using System.Net;
using System.Text;
using Pharos.Local.Tests.Infrastructure;
using Pharos.Local.Tests.Metrics;

namespace Pharos.Local.Tests.Slo;

/// <summary>SLO settings objects and good/total request counts for the SLO API tests.</summary>
internal static class SloTestData
{
    public const string ServiceA = "SERVICE-AAAAAAAAAAAAAAAA";
    public const string ServiceB = "SERVICE-BBBBBBBBBBBBBBBB";
    public const string Expression = "(100)*(slo.good.count:splitBy())/(slo.total.count:splitBy())";

    public static string SloJson(
        string name = "Checkout availability", string metricName = "checkout_availability", string window = "-1h", double target = 95, double warning = 97.5,
        double fastBurn = 5, string filter = "type(\"SERVICE\")", bool enabled = true, string? description = null, bool burnRate = true, string expression = Expression)
    {
        var value = new Dictionary<string, object?>
        {
            ["enabled"] = enabled,
            ["name"] = name,
            ["metricName"] = metricName,
            ["metricExpression"] = expression,
            ["evaluationType"] = "AGGREGATE",
            ["filter"] = filter,
            ["evaluationWindow"] = window,
            ["targetSuccess"] = target,
            ["targetWarning"] = warning,
            ["errorBudgetBurnRate"] = burnRate
                ? new Dictionary<string, object> { ["burnRateVisualizationEnabled"] = true, ["fastBurnThreshold"] = fastBurn }
                : new Dictionary<string, object> { ["burnRateVisualizationEnabled"] = false },
        };
        if (description is not null)
        {
            value["customDescription"] = description;
        }

        return System.Text.Json.JsonSerializer.Serialize(new[] { new Dictionary<string, object> { ["schemaId"] = "builtin:monitoring.slo", ["scope"] = "environment", ["value"] = value } });
    }

    public static async Task<string> CreateSloAsync(this HttpClient client, string json)
    {
        using var response = await client.PostJsonAsync("settings/objects", json);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body[0].GetProperty("objectId").GetString()!;
    }

    /// <summary>Ingests <paramref name="good"/> of <paramref name="total"/> requests in each of the minutes [from, to) relative to the test clock's start (plus <paramref name="shiftMinutes"/>).</summary>
    public static Task IngestCountsAsync(this HttpClient client, int fromMinute, int toMinute, double good, double total, string service = ServiceA, int shiftMinutes = 0)
    {
        var lines = new StringBuilder();
        for (var minute = fromMinute; minute < toMinute; minute++)
        {
            var at = MetricsTestData.MinutesMs(minute + shiftMinutes).ToString(CultureInfo.InvariantCulture);
            lines.Append(CultureInfo.InvariantCulture, $"slo.good,dt.entity.service={service} count,delta={good} {at}\n");
            lines.Append(CultureInfo.InvariantCulture, $"slo.total,dt.entity.service={service} count,delta={total} {at}\n");
        }

        return client.IngestOkAsync(lines.ToString());
    }
}
