using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The "SLOs → builtin:monitoring.slo" rows of docs/dynatrace-mapping.md.</summary>
public sealed class SloTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private const string PaymentServices = "type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")";

    [Fact]
    public void Availability_IsServerSideSuccessShareWithTargetAndHalfBudgetWarning()
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "availability").Value;

        Assert.Equal("(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())", slo["metricExpression"].Str());
        Assert.Equal(99.99, slo["targetSuccess"].Num());
        Assert.Equal(99.995, slo["targetWarning"].Num());
        Assert.Equal(PaymentServices, slo["filter"].Str());
        Assert.Equal("-28d", slo["evaluationWindow"].Str());
        Assert.Equal("AGGREGATE", slo["evaluationType"].Str());
        Assert.Equal("Pharos: payment-processor (prod) availability", slo["name"].Str());
        Assert.True(slo["enabled"]!.GetValue<bool>());
        Assert.True(slo["errorBudgetBurnRate"]!["burnRateVisualizationEnabled"]!.GetValue<bool>());
        Assert.Equal(10, slo["errorBudgetBurnRate"]!["fastBurnThreshold"].Num());
    }

    [Theory]
    [InlineData("int-stable", 99.0, 99.5)]
    [InlineData("pre-stable", 99.5, 99.75)]
    [InlineData("prod", 99.99, 99.995)]
    public void Availability_TargetFollowsTheEnvironment(string environment, double target, double warning)
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", environment, "availability").Value;

        Assert.Equal(target, slo["targetSuccess"].Num());
        Assert.Equal(warning, slo["targetWarning"].Num());
    }

    [Fact]
    public void LatencyP95_IsShareOfMinutesBelowTheObjectiveInMicroseconds()
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "latency-p95").Value;

        Assert.Equal(
            "((builtin:service.response.time:splitBy():percentile(95):partition(\"latency\",value(\"good\",lt(200000))):splitBy():count:default(0))/(builtin:service.response.time:splitBy():percentile(95):splitBy():count)*(100))",
            slo["metricExpression"].Str());
        Assert.Equal(99, slo["targetSuccess"].Num());
        Assert.Equal(99.5, slo["targetWarning"].Num());
    }

    [Fact]
    public void LatencyP99_UsesThePercentileAndItsObjective()
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "latency-p99").Value;

        Assert.Contains(":percentile(99):partition(\"latency\",value(\"good\",lt(1000000)))", slo["metricExpression"].Str(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod", 99.95, 99.975)]
    [InlineData("int-stable", 95.0, 97.5)]
    public void ErrorRate_IsSuccessShareWithTargetHundredMinusRate(string environment, double target, double warning)
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", environment, "error-rate").Value;

        Assert.Equal("(100)*(builtin:service.errors.total.successCount:splitBy())/(builtin:service.requestCount.total:splitBy())", slo["metricExpression"].Str());
        Assert.Equal(target, slo["targetSuccess"].Num());
        Assert.Equal(warning, slo["targetWarning"].Num());
    }

    [Fact]
    public void ServiceWithoutLatencySlo_HasNoLatencyObject()
    {
        var result = fixture.Translate().Result;

        Assert.NotNull(result.Find(DesiredObjectKind.Slo, "settlement-batch", "prod", "availability"));
        Assert.Null(result.Find(DesiredObjectKind.Slo, "settlement-batch", "prod", "latency-p95"));
        Assert.Null(result.Find(DesiredObjectKind.Slo, "settlement-batch", "prod", "error-rate"));
    }

    [Fact]
    public void MetricName_IsLowerCaseIdentityWithHash()
    {
        var slo = fixture.Translate().Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "latency-p95");
        var name = slo.Value["metricName"].Str();

        Assert.StartsWith("pharos_payment_processor_prod_latency_p95_", name, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9_]+$", name);
        Assert.EndsWith(slo.ExternalId[^16..][..8], name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99.9, 99.95)]
    [InlineData(95.0, 97.5)]
    [InlineData(100.0, 100.0)]
    public void Warning_IsHalfwayThroughTheErrorBudget(double target, double warning) =>
        Assert.Equal(warning, SloTranslator.WarningFor(target));
}
