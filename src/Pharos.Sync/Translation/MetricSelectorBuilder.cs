using Pharos.Catalog.Model;
using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>
/// Turns a condition's metric expression into a metric selector scoped to one service in one
/// environment (docs/dynatrace-mapping.md, "Metric selectors"). Each metric becomes a series
/// selector <c>key:filter(scope):splitBy(dimension)[:aggregation][:timeshift]</c>; arithmetic
/// becomes selector arithmetic with every operand in parentheses. Series of one kind of entity
/// are split per entity (service metrics per service, pod metrics per namespace, i.e. per
/// region), so each region is evaluated on its own; a mix of kinds is merged into one series.
/// </summary>
internal sealed class MetricSelectorBuilder
{
    private readonly ServiceEntityScope _scope;
    private readonly IReadOnlyDictionary<string, CustomMetric> _metrics;
    private readonly string _rule;
    private readonly SourceLocation? _at;
    private readonly IDiagnosticSink _sink;
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private SeriesKind? _split;

    public MetricSelectorBuilder(ServiceEntityScope scope, IReadOnlyDictionary<string, CustomMetric> metrics, string rule, SourceLocation? at, IDiagnosticSink sink)
    {
        _scope = scope;
        _metrics = metrics;
        _rule = rule;
        _at = at;
        _sink = sink;
    }

    private enum SeriesKind
    {
        Service,
        Host,
        Pod,
    }

    /// <summary>
    /// The selector of <paramref name="expression"/>. With <paramref name="nativeUnit"/> a bare
    /// built-in signal stays in its Dynatrace unit (the caller scales the threshold instead);
    /// inside arithmetic every built-in signal is converted to the unit the condition is written in.
    /// </summary>
    public BuiltSelector Build(MetricExpression expression, bool nativeUnit)
    {
        var leaves = Leaves(expression).ToList();
        var kinds = leaves.Select(KindOf).Distinct().ToList();
        if (kinds.Count > 1)
        {
            _sink.Add(TranslationDiagnostics.MixedScopes(_at, _rule));
        }

        _split = kinds.Count == 1 ? kinds[0] : null;
        var text = nativeUnit && expression is BuiltInMetricReference bare ? BuiltIn(bare.Signal, "") : Render(expression);
        var categories = leaves.Select(l => l is BuiltInMetricReference b ? SignalCategories.Of(b.Signal) : SignalCategory.Custom).Distinct().ToList();
        var entityDimension = _split switch
        {
            SeriesKind.Service => ServiceEntityScope.ServiceDimension,
            SeriesKind.Host => ServiceEntityScope.HostDimension,
            _ => null,
        };
        return new BuiltSelector(text, entityDimension, categories.Count == 1 ? categories[0] : SignalCategory.Custom);
    }

    /// <summary>A built-in service signal as a service-scoped series, e.g. for Anomaly.</summary>
    public string ServiceSeries(BuiltInSignal signal)
    {
        _split = SeriesKind.Service;
        return BuiltIn(signal, "");
    }

    private string Render(MetricExpression expression) => expression switch
    {
        BuiltInMetricReference b => InConditionUnit(b.Signal, BuiltIn(b.Signal, "")),
        CustomMetricReference c => Custom(c, ""),
        NumberConstant n => SelectorText.Number(n.Value),
        NegatedMetric n => $"(-1)*({Render(n.Operand)})",
        ArithmeticMetric a => $"({Render(a.Left)}){Operator(a.Operator)}({Render(a.Right)})",
        TimeShiftedMetric t => TimeShifted(t),
        _ => throw new InvalidOperationException($"unknown metric expression {expression.GetType().Name}"),
    };

    private string TimeShifted(TimeShiftedMetric shifted)
    {
        var suffix = shifted.Period == PreviousPeriod.Day ? ":timeshift(-1d)" : ":timeshift(-1w)";
        return shifted.Metric switch
        {
            BuiltInMetricReference b => InConditionUnit(b.Signal, BuiltIn(b.Signal, suffix)),
            CustomMetricReference c => Custom(c, suffix),
            var other => $"({Render(other)}){suffix}",
        };
    }

    private static string Operator(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => " - ",
        ArithmeticOperator.Multiply => "*",
        _ => "/",
    };

    // Dynatrace values are in the metric's unit; the condition's arithmetic is in the signal's
    // unit (ErrorRate 0..1, not percent), so divide by the scale.
    private static string InConditionUnit(BuiltInSignal signal, string series) =>
        signal.DynatraceScale == 1 ? series : $"({series})/({SelectorText.Number(signal.DynatraceScale)})";

    private string BuiltIn(BuiltInSignal signal, string suffix)
    {
        var kind = KindOf(signal);
        var filter = kind switch
        {
            SeriesKind.Service => ServiceEntityScope.InCondition(ServiceEntityScope.ServiceDimension, _scope.ServiceSelector),
            SeriesKind.Host => ServiceEntityScope.InCondition(ServiceEntityScope.HostDimension, _scope.HostSelector),
            _ => _scope.NamespaceCondition,
        };

        // Built-in service and host metrics keep Dynatrace's default aggregation (avg for times and
        // rates, the per-minute count for request counts); the Kafka lag is a per-partition max.
        var aggregation = kind == SeriesKind.Pod ? ":max" : "";
        return $"{signal.DynatraceMetricKey}:filter({filter}){Split()}{aggregation}{suffix}";
    }

    private string Custom(CustomMetricReference reference, string suffix)
    {
        _metrics.TryGetValue(reference.Name, out var metric);
        var type = CustomMetricSeries.TypeOf(metric) ?? reference.Type;
        var (aggregation, approximated) = CustomMetricSeries.Aggregation(metric, type);
        if (approximated && _warned.Add(reference.Name))
        {
            _sink.Add(TranslationDiagnostics.PercentileApproximated(_at, _rule, reference.Name, metric!.Aggregation!.Value.Value.Trim(), aggregation));
        }

        var key = DynatraceMetricKeys.For(reference.Name, type);
        return $"{key}:filter({_scope.NamespaceCondition}){Split()}:{aggregation}{suffix}";
    }

    private string Split() => _split switch
    {
        SeriesKind.Service => $":splitBy({SelectorText.Quote(ServiceEntityScope.ServiceDimension)})",
        SeriesKind.Host => $":splitBy({SelectorText.Quote(ServiceEntityScope.HostDimension)})",
        SeriesKind.Pod => $":splitBy({SelectorText.Quote(ServiceEntityScope.NamespaceDimension)})",
        _ => ":splitBy()",
    };

    private static SeriesKind KindOf(MetricExpression leaf) =>
        leaf is BuiltInMetricReference b ? KindOf(b.Signal) : SeriesKind.Pod;

    private static SeriesKind KindOf(BuiltInSignal signal) => signal.DynatraceMetricKey switch
    {
        var key when key.StartsWith("builtin:service.", StringComparison.Ordinal) => SeriesKind.Service,
        var key when key.StartsWith("builtin:host.", StringComparison.Ordinal) => SeriesKind.Host,
        _ => SeriesKind.Pod,
    };

    private static IEnumerable<MetricExpression> Leaves(MetricExpression expression)
    {
        var stack = new Stack<MetricExpression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case var leaf when leaf is BuiltInMetricReference or CustomMetricReference:
                    yield return leaf;
                    break;
                case ArithmeticMetric a:
                    stack.Push(a.Right);
                    stack.Push(a.Left);
                    break;
                case NegatedMetric n:
                    stack.Push(n.Operand);
                    break;
                case TimeShiftedMetric t:
                    stack.Push(t.Metric);
                    break;
            }
        }
    }
}
