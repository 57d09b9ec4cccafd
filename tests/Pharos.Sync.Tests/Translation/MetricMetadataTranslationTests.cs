using Pharos.Conditions.Symbols;
using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The "Custom metrics → builtin:metric.metadata" row.</summary>
public sealed class MetricMetadataTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static DesiredObject Metadata(TranslationResult result, string key) =>
        Assert.Single(result.DesiredObjects, o => o.Kind == DesiredObjectKind.MetricMetadata && o.Scope == "metric-" + key);

    [Fact]
    public void Counter_IsMetadataOnTheCountKeyWithUnitAndDimensions()
    {
        var m = Metadata(fixture.Translate().Result, "payment_transactions_total.count");

        Assert.Equal("builtin:metric.metadata", m.SchemaId);
        Assert.Equal("payment_transactions_total", m.Value["displayName"].Str());
        Assert.Equal("Total payment transactions processed Managed by Pharos (catalog platform-next).", m.Value["description"].Str());
        Assert.Equal("Count", m.Value["unit"].Str());
        Assert.Equal(["environment", "payment_method", "status"], m.Value["dimensions"]!.AsArray().Select(d => d!["key"].Str()));
        Assert.Null(m.Service);
        Assert.Equal(["int-stable", "pre-stable", "prod"], m.Environments);
    }

    [Theory]
    [InlineData("payment_success_rate", "Percent")]
    [InlineData("fraud_check_latency", "MilliSecond")]
    [InlineData("http_request_duration_seconds", "Second")]
    [InlineData("revenue_total.count", "Unspecified")]
    [InlineData("fraud_score", "Unspecified")]
    public void Unit_FollowsTheCatalogUnitTable(string key, string unit) =>
        Assert.Equal(unit, Metadata(fixture.Translate().Result, key).Value["unit"].Str());

    [Theory]
    [InlineData("requests", CustomMetricType.Counter, "requests.count")]
    [InlineData("requests.count", CustomMetricType.Counter, "requests.count")]
    [InlineData("queue_depth", CustomMetricType.Gauge, "queue_depth")]
    [InlineData("latency", CustomMetricType.Histogram, "latency")]
    [InlineData("jobs.count", CustomMetricType.Gauge, "jobs.count.gauge")]
    public void MetricKey_FollowsIngestSuffixRules(string name, CustomMetricType type, string key) =>
        Assert.Equal(key, DynatraceMetricKeys.For(name, type));

    [Fact]
    public void MetricSharedByEnvironments_IsOneObject()
    {
        var result = fixture.Translate().Result;

        Assert.Single(result.DesiredObjects, o => o.Scope == "metric-payment_success_rate");
        Assert.Equal(12, result.DesiredObjects.Count(o => o.Kind == DesiredObjectKind.MetricMetadata));
    }

    [Fact]
    public void ConflictingDefinitions_AreReportedAndTheFirstKept()
    {
        var payments = fixture.Target("payment-processor", "prod");
        var listener = fixture.Target("payment-events-listener", "prod").WithMetrics(Metric("payment_success_rate", "gauge", "avg", "percent", "Another meaning"));
        var (result, diagnostics) = TestTranslation.Run([payments, listener]);

        // Services are translated in name order, so the listener's definition comes first and is kept.
        var error = Assert.Single(diagnostics, d => d.Code == "PH3004");
        Assert.Equal(
            $"metric 'payment_success_rate' is defined differently for payment-processor than for payment-events-listener (at {TargetBuilder.At}); Dynatrace holds one metadata object per metric key. Make the definitions identical (description, unit, dimensions) or rename one metric.",
            error.Message);
        Assert.Equal(payments.CustomMetrics.Single(m => m.Value.Name == "payment_success_rate").Value.Location, error.Location);
        Assert.StartsWith("Another meaning", Metadata(result, "payment_success_rate").Value["description"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownUnit_FallsBackToUnspecifiedWithWarning()
    {
        var targets = TestTranslation.PaymentsProd(fixture).Select(t => t.WithMetrics(Metric("widgets_total", "counter", "sum", "widgets")));
        var (result, diagnostics) = TestTranslation.Run(targets);

        Assert.Equal("Unspecified", Metadata(result, "widgets_total.count").Value["unit"].Str());
        var warning = Assert.Single(diagnostics, d => d.Code == "PH3014");
        Assert.StartsWith("metric 'widgets_total' has unit 'widgets', which has no Dynatrace unit; its metadata uses 'Unspecified'.", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("Use one of: bytes, count, currency, kilobytes, megabytes, microseconds, milliseconds, nanoseconds, percent, ratio, requests_per_minute, requests_per_second, seconds, unspecified.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisabledMetric_HasNoMetadataAndIsReportedNotSynced()
    {
        var disabled = Metric("legacy_total", "counter") is var m ? m with { Value = m.Value with { Enabled = false } } : null!;
        var (result, _) = TestTranslation.Run(TestTranslation.PaymentsProd(fixture).Select(t => t.WithMetrics(disabled)));

        Assert.DoesNotContain(result.DesiredObjects, o => o.Scope == "metric-legacy_total.count");
        var item = Assert.Single(result.NotSynced, n => n.Item == "legacy_total");
        Assert.Equal("custom metric", item.Kind);
        Assert.Equal(TargetBuilder.At, item.Source.Location);
    }
}
