using Pharos.Catalog.Model;
using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>
/// The semantic form of a condition → the query and model of a metric event
/// (docs/dynatrace-mapping.md, "Translation table").
/// </summary>
internal static class ConditionTranslator
{
    private const string RestartsMetric = "builtin:kubernetes.container.restarts";

    public static QueryPlan Translate(
        AlertCondition condition,
        ServiceEntityScope scope,
        IReadOnlyDictionary<string, CustomMetric> metrics,
        string rule,
        SourceLocation? at,
        IDiagnosticSink sink)
    {
        var builder = new MetricSelectorBuilder(scope, metrics, rule, at, sink);
        return condition switch
        {
            ThresholdCondition t => Threshold(t, builder),
            StateCondition s => State(s, scope),
            DetectorCondition { Kind: DetectorKind.Anomaly, Signal: { } signal } => Anomaly(signal, builder),
            DetectorCondition { Kind: DetectorKind.SlowDatabaseQueries, Duration: { } duration } => SlowDatabaseQueries(duration, scope),
            DetectorCondition { Kind: DetectorKind.CrashDetection } => Crash(scope),
            _ => throw new InvalidOperationException($"condition form {condition} has no translation"),
        };
    }

    private static QueryPlan Threshold(ThresholdCondition condition, MetricSelectorBuilder builder)
    {
        var selector = builder.Build(condition.Left, nativeUnit: true);
        var threshold = condition.Left is BuiltInMetricReference bare
            ? ThresholdMath.Scale(condition.Threshold, bare.Signal.DynatraceScale)
            : condition.Threshold;
        var (alertCondition, compared) = ThresholdMath.Compare(condition.Operator, threshold);
        return new QueryPlan(selector, QueryPlan.StaticThreshold, alertCondition, compared, SampleWindow.Sustained);
    }

    // JobStatus == 'FAILED': at least one pod of the service's workloads is in phase Failed.
    private static QueryPlan State(StateCondition condition, ServiceEntityScope scope)
    {
        var dimension = condition.Signal.DynatraceStateDimension ?? "pod_phase";
        var phase = PodPhase(condition.Value);
        var test = condition.Operator == ComparisonOperator.NotEqual ? "ne" : "eq";
        var filter = $"and({test}({SelectorText.Quote(dimension)},{SelectorText.Quote(phase)}),{scope.NamespaceCondition})";
        var text = $"{condition.Signal.DynatraceMetricKey}:filter({filter}){WorkloadSplit}:sum";
        return new QueryPlan(new BuiltSelector(text, null, SignalCategory.Availability), QueryPlan.StaticThreshold, "ABOVE", 0, SampleWindow.Occurrence);
    }

    private static QueryPlan Anomaly(BuiltInSignal signal, MetricSelectorBuilder builder)
    {
        var text = builder.ServiceSeries(signal);

        // Throughput matters in both directions: a drop is lost traffic, a spike an overload.
        var alertCondition = signal.Name == "Throughput" ? "OUTSIDE" : "ABOVE";
        var selector = new BuiltSelector(text, ServiceEntityScope.ServiceDimension, SignalCategories.Of(signal));
        return new QueryPlan(selector, QueryPlan.AutoAdaptive, alertCondition, null, SampleWindow.Sustained);
    }

    // Response time of the database services the service calls, in microseconds.
    private static QueryPlan SlowDatabaseQueries(TimeSpan duration, ServiceEntityScope scope)
    {
        var filter = ServiceEntityScope.InCondition(ServiceEntityScope.ServiceDimension, scope.DatabaseServiceSelector);
        var text = $"{BuiltInSignals.ResponseTime.DynatraceMetricKey}:filter({filter}):splitBy({SelectorText.Quote(ServiceEntityScope.ServiceDimension)})";
        var microseconds = ThresholdMath.Scale(duration.TotalMilliseconds, BuiltInSignals.ResponseTime.DynatraceScale);
        var selector = new BuiltSelector(text, ServiceEntityScope.ServiceDimension, SignalCategory.Performance);
        return new QueryPlan(selector, QueryPlan.StaticThreshold, "ABOVE", microseconds, SampleWindow.Sustained);
    }

    // A crashed process in Kubernetes is a restarted container: alert on any restart.
    private static QueryPlan Crash(ServiceEntityScope scope)
    {
        var text = $"{RestartsMetric}:filter({scope.NamespaceCondition}){WorkloadSplit}:sum";
        return new QueryPlan(new BuiltSelector(text, null, SignalCategory.Availability), QueryPlan.StaticThreshold, "ABOVE", 0, SampleWindow.Occurrence);
    }

    private static string WorkloadSplit =>
        $":splitBy({SelectorText.Quote(ServiceEntityScope.NamespaceDimension)},{SelectorText.Quote(ServiceEntityScope.WorkloadDimension)})";

    /// <summary>Kubernetes pod phases are title case (Failed); the catalog writes them upper case.</summary>
    public static string PodPhase(string value) =>
        value.Length == 0 ? value : value[..1].ToUpperInvariant() + value[1..].ToLowerInvariant();
}
