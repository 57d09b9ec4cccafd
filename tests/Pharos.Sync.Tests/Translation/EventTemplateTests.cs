using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Severity → event type, the event template, enabled:false, and the aggregation rows.</summary>
public sealed class EventTemplateTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    [Theory]
    [InlineData("critical", "Availability", "AVAILABILITY")]
    [InlineData("critical", "Errors", "ERROR")]
    [InlineData("critical", "Performance", "SLOWDOWN")]
    [InlineData("critical", "Resource", "RESOURCE")]
    [InlineData("critical", "Custom", "ERROR")]
    [InlineData("warning", "Availability", "CUSTOM_ALERT")]
    [InlineData("warning", "Errors", "CUSTOM_ALERT")]
    [InlineData("warning", "Performance", "SLOWDOWN")]
    [InlineData("warning", "Resource", "RESOURCE")]
    [InlineData("warning", "Custom", "CUSTOM_ALERT")]
    [InlineData("info", "Availability", "INFO")]
    [InlineData("info", "Custom", "INFO")]
    public void SeverityAndCategory_MapToEventType(string severity, string category, string eventType) =>
        Assert.Equal(eventType, EventTypes.For(severity, Enum.Parse<SignalCategory>(category)));

    [Fact]
    public void Template_CarriesTitleDescriptionPlaceholdersAndRoutingToken()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "ChargebackRateHigh");
        var template = e.Template();

        Assert.Equal("ChargebackRateHigh on payment-processor (prod)", template["title"].Str());
        Assert.Equal(
            "Chargeback rate exceeds 1%\n" +
            "Condition: chargeback_count / payment_transactions_total > 0.01 (severity warning).\n" +
            "Dynatrace saw {metricname} {alert_condition} {threshold} for {dims}.\n" +
            "Defined in: metrics-catalog services/payment-processor/payment-business-metrics.yaml.\n" +
            $"[pharos-rule {e.ExternalId}]",
            template["description"].Str());
        Assert.True(template["davisMerge"]!.GetValue<bool>());
        Assert.Equal("payment-processor (prod): ChargebackRateHigh", e.Value["summary"].Str());
    }

    [Fact]
    public void Template_MetadataNamesServiceEnvironmentRuleAndProvenance()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "FraudRejectionRateHigh");

        Assert.Equal("platform-next", e.Metadata("pharos.catalog"));
        Assert.Equal("payment-processor", e.Metadata("pharos.service"));
        Assert.Equal("prod", e.Metadata("pharos.environment"));
        Assert.Equal("FraudRejectionRateHigh", e.Metadata("pharos.rule"));
        Assert.Equal("warning", e.Metadata("pharos.severity"));
        Assert.Equal("fraud_rejections_total / payment_transactions_total > 0.05", e.Metadata("pharos.condition"));
        Assert.Equal("metrics-catalog services/payment-processor/payment-fraud-metrics.yaml", e.Metadata("pharos.source"));
        var keys = e.Template()["metadata"]!.AsArray().Select(i => i!["metadataKey"].Str()).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void RuleWithoutDescription_GetsAGeneratedFirstLine()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "PaymentSuccessRateLow");

        Assert.StartsWith("PaymentSuccessRateLow fired for payment-processor (prod).\n", e.Template()["description"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public void InfoRule_IsAnInfoEventWithoutDavisMerge()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Note", "payment_success_rate < 99", "info"));
        var template = result.MetricEvent("payment-processor", "prod", "Note").Template();

        Assert.Equal("INFO", template["eventType"].Str());
        Assert.Null(template["davisMerge"]);
    }

    [Fact]
    public void DisabledRule_IsKeptAsDisabledMetricEvent()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Off", "payment_success_rate < 90", "critical", enabled: false));
        var e = result.MetricEvent("payment-processor", "prod", "Off");

        Assert.False(e.Value["enabled"]!.GetValue<bool>());
        Assert.Contains("disabled", e.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void EnabledRule_IsEnabled() =>
        Assert.True(fixture.Translate().Result.MetricEvent("payment-processor", "prod", "HighErrorRate").Value["enabled"]!.GetValue<bool>());

    [Fact]
    public void PercentileAggregation_IsApproximatedByMaxWithWarning()
    {
        var (result, diagnostics) = fixture.Translate();

        Assert.EndsWith(":splitBy(\"k8s.namespace.name\"):max", result.MetricEvent("payment-processor", "prod", "FraudCheckLatencyHigh").Selector(), StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics, d => d.Code == "PH3005" && d.Message.Contains("FraudCheckLatencyHigh", StringComparison.Ordinal));
        Assert.Equal(
            "alert rule 'FraudCheckLatencyHigh': Dynatrace keeps custom metric 'fraud_check_latency' as min/max/sum/count, so its aggregation 'p95' cannot be evaluated; Pharos alerts on ':max' instead. To alert on the exact p95, have the application send it as its own gauge (e.g. 'fraud_check_latency_p95') and use that metric.",
            warning.Message);
    }

    [Theory]
    [InlineData("median", "avg")]
    [InlineData("p75", "avg")]
    [InlineData("p99", "max")]
    [InlineData("min", "min")]
    [InlineData(null, "avg")]
    public void GaugeAggregation_MapsToSelectorAggregation(string? aggregation, string expected)
    {
        var targets = TestTranslation.PaymentsProd(fixture)
            .Select(t => t.WithMetrics(Metric("queue_depth", "gauge", aggregation)).WithRules(Rule("Deep", "queue_depth > 10")));
        var (result, _) = TestTranslation.Run(targets);

        Assert.EndsWith($":{expected}", result.MetricEvent("payment-processor", "prod", "Deep").Selector(), StringComparison.Ordinal);
    }

    [Fact]
    public void MixedScopes_AreMergedIntoOneSeriesWithWarning()
    {
        var (result, diagnostics) = TestTranslation.Rules(fixture, Rule("PerRequest", "payment_transactions_total / RequestCount < 0.5"));
        var selector = result.MetricEvent("payment-processor", "prod", "PerRequest").Selector();

        Assert.Equal(2, selector.Split(":splitBy()", StringSplitOptions.None).Length - 1);
        var warning = Assert.Single(diagnostics, d => d.Code == "PH3006");
        Assert.Equal(
            "alert rule 'PerRequest' combines metrics of different entities (service metrics, host metrics, metrics of the service's pods), which Dynatrace cannot match series by series; Pharos evaluates it as one series for the whole environment, not per region. Split it into one rule per kind of metric to alert per region.",
            warning.Message);
        Assert.Null(result.MetricEvent("payment-processor", "prod", "PerRequest").Value["eventEntityDimensionKey"]);
    }
}
