using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The "Alert rules → metric events" rows of docs/dynatrace-mapping.md, on the example catalog.</summary>
public sealed class MetricEventTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private const string Namespaces =
        "or(eq(\"k8s.namespace.name\",\"prod-payment-processor-euw1-stable\"),eq(\"k8s.namespace.name\",\"prod-payment-processor-euw2-stable\"))";

    private const string PaymentServices =
        "in(\"dt.entity.service\",entitySelector(\"type(SERVICE),tag(~\"[Kubernetes]app:payment-processor~\"),tag(~\"[Kubernetes]cost.environment:prod~\")\"))";

    [Fact]
    public void CustomMetricThreshold_PaymentSuccessRateLow_IsStaticBelowOnNamespaceScopedAverage()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "PaymentSuccessRateLow");

        Assert.Equal($"payment_success_rate:filter({Namespaces}):splitBy(\"k8s.namespace.name\"):avg", e.Selector());
        Assert.Equal("METRIC_SELECTOR", e.Value["queryDefinition"]!["type"].Str());
        Assert.Equal("STATIC_THRESHOLD", e.Model()["type"].Str());
        Assert.Equal("BELOW", e.Model()["alertCondition"].Str());
        Assert.Equal(95, e.Model()["threshold"].Num());
        Assert.Equal((5, 3, 5), ((int)e.Model()["samples"].Num(), (int)e.Model()["violatingSamples"].Num(), (int)e.Model()["dealertingSamples"].Num()));
        Assert.False(e.Model()["alertOnNoData"]!.GetValue<bool>());
        Assert.Null(e.Value["eventEntityDimensionKey"]);
        Assert.Equal("ERROR", e.Template()["eventType"].Str());
    }

    [Fact]
    public void Ratio_ChargebackRateHigh_IsSelectorArithmeticOfCounterSums()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "ChargebackRateHigh");

        Assert.Equal(
            $"(chargeback_count.count:filter({Namespaces}):splitBy(\"k8s.namespace.name\"):sum)/(payment_transactions_total.count:filter({Namespaces}):splitBy(\"k8s.namespace.name\"):sum)",
            e.Selector());
        Assert.Equal("ABOVE", e.Model()["alertCondition"].Str());
        Assert.Equal(0.01, e.Model()["threshold"].Num());
        Assert.Equal("CUSTOM_ALERT", e.Template()["eventType"].Str());
    }

    [Fact]
    public void PreviousDay_RevenueDrop_IsTimeshiftMinusDayAgainstZero()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "RevenueDrop");

        var series = $"revenue_total.count:filter({Namespaces}):splitBy(\"k8s.namespace.name\"):sum";
        Assert.Equal($"({series}) - (({series}:timeshift(-1d))*(0.9))", e.Selector());
        Assert.Equal("BELOW", e.Model()["alertCondition"].Str());
        Assert.Equal(0, e.Model()["threshold"].Num());
    }

    [Fact]
    public void PreviousWeek_IsTimeshiftMinusOneWeek()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("WeeklyDrop", "payment_transactions_total < previous_week * 0.5"));

        Assert.Contains(":sum:timeshift(-1w))*(0.5))", result.MetricEvent("payment-processor", "prod", "WeeklyDrop").Selector(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInSignal_HighErrorRate_UsesPercentMetricAndScalesThresholdByHundred()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "HighErrorRate");

        Assert.Equal($"builtin:service.errors.total.rate:filter({PaymentServices}):splitBy(\"dt.entity.service\")", e.Selector());
        Assert.Equal(0.05, e.Model()["threshold"].Num());
        Assert.Equal("ABOVE", e.Model()["alertCondition"].Str());
        Assert.Equal("dt.entity.service", e.Value["eventEntityDimensionKey"].Str());
        Assert.Equal("ERROR", e.Template()["eventType"].Str());
    }

    [Fact]
    public void BuiltInSignalInArithmetic_IsConvertedToConditionUnitInsideSelector()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("SlowOrFailing", "ErrorRate * 2 > 0.1"));
        var e = result.MetricEvent("payment-processor", "prod", "SlowOrFailing");

        Assert.Equal($"((builtin:service.errors.total.rate:filter({PaymentServices}):splitBy(\"dt.entity.service\"))/(100))*(2)", e.Selector());
        Assert.Equal(0.1, e.Model()["threshold"].Num());
    }

    [Fact]
    public void ResponseTimeDuration_IsScaledToMicroseconds()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Slow", "ResponseTime > 1.5s", "critical"));
        var e = result.MetricEvent("payment-processor", "prod", "Slow");

        Assert.StartsWith("builtin:service.response.time:filter(", e.Selector(), StringComparison.Ordinal);
        Assert.Equal(1_500_000, e.Model()["threshold"].Num());
        Assert.Equal("SLOWDOWN", e.Template()["eventType"].Str());
    }

    [Theory]
    [InlineData("ConsumerLag > 1000", "ABOVE", 1000.0)]
    [InlineData("ConsumerLag < 1000", "BELOW", 1000.0)]
    public void StrictComparison_KeepsThreshold(string condition, string alertCondition, double threshold)
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Lag", condition));
        var model = result.MetricEvent("payment-processor", "prod", "Lag").Model();

        Assert.Equal(alertCondition, model["alertCondition"].Str());
        Assert.Equal(threshold, model["threshold"].Num());
    }

    [Fact]
    public void GreaterOrEqual_IsAboveTheLargestDoubleBelowTheThreshold()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Lag", "ConsumerLag >= 1000"));
        var model = result.MetricEvent("payment-processor", "prod", "Lag").Model();

        Assert.Equal("ABOVE", model["alertCondition"].Str());
        Assert.Equal(Math.BitDecrement(1000.0), model["threshold"].Num());
        Assert.True(1000.0 > model["threshold"].Num());
    }

    [Fact]
    public void LessOrEqual_IsBelowTheSmallestDoubleAboveTheThreshold()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate <= 95"));
        var model = result.MetricEvent("payment-processor", "prod", "Low").Model();

        Assert.Equal("BELOW", model["alertCondition"].Str());
        Assert.Equal(Math.BitIncrement(95.0), model["threshold"].Num());
    }

    [Fact]
    public void ThresholdWrittenLeftOfMetric_IsNormalisedByTheConditionCompiler()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Flipped", "95 > payment_success_rate"));

        Assert.Equal("BELOW", result.MetricEvent("payment-processor", "prod", "Flipped").Model()["alertCondition"].Str());
    }

    [Fact]
    public void ConsumerLag_IsStaticAboveOnKafkaLagMaxPerNamespace()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-events-listener", "prod", "ConsumerLagHigh");

        Assert.Equal(
            "kafka.consumer.records-lag-max:filter(or(eq(\"k8s.namespace.name\",\"prod-payment-events-listener-euw1-stable\"),eq(\"k8s.namespace.name\",\"prod-payment-events-listener-euw2-stable\"))):splitBy(\"k8s.namespace.name\"):max",
            e.Selector());
        Assert.Equal(500, e.Model()["threshold"].Num());
        Assert.Equal("RESOURCE", e.Template()["eventType"].Str());
    }
}
