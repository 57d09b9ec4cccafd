using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Slo;
using Pharos.Evaluation.Testing;

namespace Pharos.Evaluation.Tests.Diagnostics;

/// <summary>Every settings-value code (PH5040–PH5049) with its exact message.</summary>
public sealed class SettingsDiagnosticsTests
{
    private static Diagnostic Event(string json)
    {
        var bag = new DiagnosticBag();
        var config = MetricEventConfigReader.Read("me-1", JsonDocument.Parse(json).RootElement, bag);
        Assert.Null(config);
        return Assert.Single(bag.ToSortedList());
    }

    private static string Valid(string model = """{ "threshold": 5 }""", string query = """{ "type": "METRIC_KEY", "metricKey": "m" }""") =>
        $$"""{ "summary": "Low", "queryDefinition": {{query}}, "modelProperties": {{model}}, "eventTemplate": { "title": "Low" } }""";

    [Fact]
    public void ValidValue_ReadsWithSchemaDefaults()
    {
        var bag = new DiagnosticBag();

        var config = MetricEventConfigReader.Read("me-1", JsonDocument.Parse(Valid()).RootElement, bag)!;

        Assert.Empty(bag.ToSortedList());
        Assert.Equal(new ModelProperties(ModelType.StaticThreshold, 5, false, AlertCondition.Above, 3, 5, 5, 1, 4), config.Model);
        Assert.Equal(MetricAggregation.Avg, config.Query.Aggregation);
        Assert.Equal(MetricEventType.CustomAlert, config.Template.EventType);
        Assert.Equal(MetricEventConfigReader.DefaultDescription, config.Template.Description);
        Assert.True(config.Enabled);
        Assert.True(config.Template.DavisMerge);
    }

    [Fact]
    public void PH5040_WrongType()
    {
        var d = Event(Valid("""{ "samples": "five" }"""));

        Assert.Equal("PH5040", d.Code);
        Assert.Equal("metric event 'me-1': 'modelProperties.samples' must be a whole number, but is the string 'five'.", d.Message);
    }

    [Fact]
    public void PH5041_UnknownValue()
    {
        var d = Event(Valid("""{ "alertCondition": "ABOVEE" }"""));

        Assert.Equal("PH5041", d.Code);
        Assert.Equal("metric event 'me-1': 'modelProperties.alertCondition' is 'ABOVEE', which is not allowed. Did you mean 'ABOVE'? Use one of ABOVE, BELOW, OUTSIDE.", d.Message);
    }

    [Fact]
    public void PH5042_OutOfRange()
    {
        var d = Event(Valid("""{ "samples": 100 }"""));

        Assert.Equal("PH5042", d.Code);
        Assert.Equal("metric event 'me-1': 'modelProperties.samples' is 100, outside the allowed range 3 to 60.", d.Message);
    }

    [Fact]
    public void PH5043_Missing()
    {
        var d = Event("""{ "summary": "Low", "queryDefinition": { "type": "METRIC_SELECTOR" }, "eventTemplate": { "title": "Low" } }""");

        Assert.Equal("PH5043", d.Code);
        Assert.Equal("metric event 'me-1': 'queryDefinition.metricSelector' is required when type is METRIC_SELECTOR.", d.Message);
    }

    [Fact]
    public void PH5044_StaticThresholdOutside()
    {
        var d = Event(Valid("""{ "alertCondition": "OUTSIDE" }"""));

        Assert.Equal("PH5044", d.Code);
        Assert.Equal("metric event 'me-1': a static threshold is one value, so it can only alert ABOVE or BELOW it. Use ABOVE or BELOW, or AUTO_ADAPTIVE_THRESHOLD/SEASONAL_BASELINE to alert OUTSIDE a band.", d.Message);
    }

    [Fact]
    public void PH5045_InvalidMetricSelector()
    {
        var d = Event(Valid(query: """{ "type": "METRIC_SELECTOR", "metricSelector": "m:splitBy(" }"""));

        Assert.Equal("PH5045", d.Code);
        Assert.StartsWith("metric event 'me-1': the metric selector does not parse: metricSelector:1:", d.Message, StringComparison.Ordinal);
        Assert.Contains("error PH40", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PH5046_ViolatingExceedsSamples()
    {
        var d = Event(Valid("""{ "violatingSamples": 6, "samples": 5 }"""));

        Assert.Equal("PH5046", d.Code);
        Assert.Equal("metric event 'me-1': violatingSamples (6) is larger than the sliding window samples (5), so the event can never be raised. Lower violatingSamples or widen the window.", d.Message);
    }

    [Fact]
    public void PH5047_InvalidSloTimeframe()
    {
        var bag = new DiagnosticBag();

        var slo = SloDefinitionReader.Read("slo-1", JsonDocument.Parse("""{ "name": "a", "metricExpression": "(100)*(a)/(b)", "evaluationWindow": "last week" }""").RootElement, bag);

        Assert.Null(slo);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH5047", d.Code);
        Assert.Equal("SLO 'slo-1': Given SLO timeframe is invalid: 'last week' has an invalid start 'last week'. Write e.g. '-1w', '-2d to now' or '-1d/d to now/d'.", d.Message);
    }

    [Fact]
    public void PH5048_InvalidSchedule()
    {
        var bag = new DiagnosticBag();

        Pharos.Evaluation.Maintenance.MaintenanceWindowReader.Read("mw", JsonDocument.Parse("""
            { "generalProperties": { "name": "x" }, "schedule": { "scheduleType": "DAILY", "dailyRecurrence": {
              "recurrenceRange": { "scheduleStartDate": "2025-13-01", "scheduleEndDate": "2025-12-31" } } } }
            """).RootElement, bag);

        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH5048", d.Code);
        Assert.Equal("maintenance window 'mw': 'schedule.dailyRecurrence.recurrenceRange.scheduleStartDate' is '2025-13-01', which is not a date such as 2025-03-01.", d.Message);
    }

    [Fact]
    public void PH5049_UnsupportedNotificationType_IsAWarningAndTheObjectIsKept()
    {
        var bag = new DiagnosticBag();

        var config = NotificationSettingsReader.ReadNotification("n-1", JsonDocument.Parse("""{ "displayName": "Chat", "type": "SLACK", "slackNotification": {} }""").RootElement, bag);

        Assert.NotNull(config);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH5049", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("problem notification 'n-1': notification type SLACK is not delivered by the local environment; only WEBHOOK and EMAIL are. The object is kept but never sends.", d.Message);
    }

    [Fact]
    public async Task InlineSettingsInATestFile_DiagnosticsPointIntoTheYaml()
    {
        var bag = new DiagnosticBag();
        var yaml = """
            metricEvents:
              - summary: Low
                queryDefinition: { type: METRIC_SELECTOR, metricSelector: m }
                modelProperties:
                  samples: 100
                eventTemplate: { title: Low }
            tests: []
            """;

        await AlertTestRunner.RunTextAsync(yaml, "t.yaml", null, bag, CancellationToken.None);

        var d = bag.ToSortedList().First(x => x.Code == "PH5042");
        Assert.Equal("t.yaml:5:16", d.Location!.ToString());
        Assert.Equal("metric event 'metricEvents-1': 'modelProperties.samples' is 100, outside the allowed range 3 to 60.", d.Message);
    }
}
