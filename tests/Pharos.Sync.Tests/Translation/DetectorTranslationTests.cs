using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Rows for detectors and state conditions: Anomaly, SlowDatabaseQueries, CrashDetection, JobStatus.</summary>
public sealed class DetectorTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private const string PaymentServices =
        "in(\"dt.entity.service\",entitySelector(\"type(SERVICE),tag(~\"[Kubernetes]app:payment-processor~\"),tag(~\"[Kubernetes]cost.environment:prod~\")\"))";

    [Theory]
    [InlineData("ErrorRateAnomaly", "builtin:service.errors.total.rate", "ABOVE", "CUSTOM_ALERT")]
    [InlineData("HighLatencyAnomaly", "builtin:service.response.time", "ABOVE", "SLOWDOWN")]
    public void Anomaly_IsAutoAdaptiveOnTheServiceMetric(string rule, string metricKey, string alertCondition, string eventType)
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", rule);

        Assert.Equal($"{metricKey}:filter({PaymentServices}):splitBy(\"dt.entity.service\")", e.Selector());
        Assert.Equal("AUTO_ADAPTIVE_THRESHOLD", e.Model()["type"].Str());
        Assert.Equal(alertCondition, e.Model()["alertCondition"].Str());
        Assert.Equal(1, e.Model()["signalFluctuation"].Num());
        Assert.Null(e.Model()["threshold"]);
        Assert.Equal("dt.entity.service", e.Value["eventEntityDimensionKey"].Str());
        Assert.Equal(eventType, e.Template()["eventType"].Str());
    }

    [Fact]
    public void AnomalyThroughput_AlertsOutsideTheBaseline()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("TrafficAnomaly", "Anomaly(Throughput)"));
        var e = result.MetricEvent("payment-processor", "prod", "TrafficAnomaly");

        Assert.StartsWith("builtin:service.requestCount.total:filter(", e.Selector(), StringComparison.Ordinal);
        Assert.Equal("OUTSIDE", e.Model()["alertCondition"].Str());
    }

    [Fact]
    public void SlowDatabaseQueries_IsStaticAboveMicrosecondsOnCalledDatabaseServices()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "DatabaseSlowQueries");

        Assert.Equal(
            "builtin:service.response.time:filter(in(\"dt.entity.service\",entitySelector(\"type(SERVICE),serviceType(DATABASE_SERVICE),toRelationships.calls(type(SERVICE),tag(~\"[Kubernetes]app:payment-processor~\"),tag(~\"[Kubernetes]cost.environment:prod~\"))\"))):splitBy(\"dt.entity.service\")",
            e.Selector());
        Assert.Equal("STATIC_THRESHOLD", e.Model()["type"].Str());
        Assert.Equal("ABOVE", e.Model()["alertCondition"].Str());
        Assert.Equal(200_000, e.Model()["threshold"].Num());
        Assert.Equal("SLOWDOWN", e.Template()["eventType"].Str());
    }

    [Fact]
    public void CrashDetection_IsAnyContainerRestartOfTheServiceWorkloads()
    {
        var e = fixture.Translate().Result.MetricEvent("payment-processor", "prod", "ServiceCrash");

        Assert.Equal(
            "builtin:kubernetes.container.restarts:filter(or(eq(\"k8s.namespace.name\",\"prod-payment-processor-euw1-stable\"),eq(\"k8s.namespace.name\",\"prod-payment-processor-euw2-stable\"))):splitBy(\"k8s.namespace.name\",\"k8s.workload.name\"):sum",
            e.Selector());
        Assert.Equal("ABOVE", e.Model()["alertCondition"].Str());
        Assert.Equal(0, e.Model()["threshold"].Num());
        Assert.Equal((3, 1, 3), ((int)e.Model()["samples"].Num(), (int)e.Model()["violatingSamples"].Num(), (int)e.Model()["dealertingSamples"].Num()));
        Assert.Equal("AVAILABILITY", e.Template()["eventType"].Str());
    }

    [Fact]
    public void JobStatusFailed_CountsFailedPodsOfTheServiceNamespaces()
    {
        var e = fixture.Translate().Result.MetricEvent("settlement-batch", "prod", "JobFailure");

        Assert.Equal(
            "builtin:kubernetes.pods:filter(and(eq(\"pod_phase\",\"Failed\"),eq(\"k8s.namespace.name\",\"prod-settlement-batch-euw1-stable\"))):splitBy(\"k8s.namespace.name\",\"k8s.workload.name\"):sum",
            e.Selector());
        Assert.Equal("ABOVE", e.Model()["alertCondition"].Str());
        Assert.Equal(0, e.Model()["threshold"].Num());
        Assert.Equal(1, e.Model()["violatingSamples"].Num());
        Assert.Equal("AVAILABILITY", e.Template()["eventType"].Str());
    }

    [Fact]
    public void JobStatusNotEqual_UsesNeOnThePhase()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("NotRunning", "JobStatus != 'RUNNING'", "critical"));

        Assert.Contains("ne(\"pod_phase\",\"Running\")", result.MetricEvent("payment-processor", "prod", "NotRunning").Selector(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FAILED", "Failed")]
    [InlineData("SUCCEEDED", "Succeeded")]
    [InlineData("UNKNOWN", "Unknown")]
    public void PodPhase_IsTitleCase(string catalogValue, string dynatraceValue) =>
        Assert.Equal(dynatraceValue, ConditionTranslator.PodPhase(catalogValue));

    [Fact]
    public void HostSignal_IsScopedToHostsRunningTheServiceProcessGroups()
    {
        var (result, _) = TestTranslation.Rules(fixture, Rule("Cpu", "CpuUsage > 90", "warning"));
        var e = result.MetricEvent("payment-processor", "prod", "Cpu");

        Assert.Equal(
            "builtin:host.cpu.usage:filter(in(\"dt.entity.host\",entitySelector(\"type(HOST),toRelationships.runsOn(type(PROCESS_GROUP),tag(~\"[Kubernetes]app:payment-processor~\"),tag(~\"[Kubernetes]cost.environment:prod~\"))\"))):splitBy(\"dt.entity.host\")",
            e.Selector());
        Assert.Equal("dt.entity.host", e.Value["eventEntityDimensionKey"].Str());
        Assert.Equal("RESOURCE", e.Template()["eventType"].Str());
    }
}
