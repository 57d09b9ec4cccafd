using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Binding;

internal sealed partial class ConditionBinder
{
    public override BoundValue VisitNameExpression(NameExpressionSyntax node)
    {
        // Reached only below the top level, where a detector cannot stand.
        if (Detectors.TryGet(node.Name, out var detector))
        {
            Report(_diagnostics.DetectorInExpression(node.Span, detector));
            return ErrorValue.Instance;
        }

        return ResolveName(node.Identifier);
    }

    /// <summary>PascalCase names are built-in signals, snake_case names custom metrics.</summary>
    private BoundValue ResolveName(SyntaxToken identifier)
    {
        var name = identifier.Text;
        if (BuiltInSignals.TryGet(name, out var signal))
        {
            return signal.Kind == SignalKind.State
                ? new StateValue(signal)
                : MetricValue.Single(new BuiltInMetricReference(signal), signal);
        }

        var style = SyntaxFacts.GetNameStyle(name);
        if (style == NameStyle.SnakeCase && _symbols.TryGetCustomMetric(name, out var type))
        {
            return MetricValue.Single(new CustomMetricReference(name, type), null);
        }

        var candidates = KnownNames();
        Report(style switch
        {
            NameStyle.PascalCase => _diagnostics.UnknownSignal(identifier.Span, name, candidates),
            NameStyle.SnakeCase => _diagnostics.UnknownCustomMetric(identifier.Span, name, candidates),
            _ => _diagnostics.InvalidNameStyle(identifier.Span, name, candidates),
        });
        return ErrorValue.Instance;
    }

    // Suggestions cross styles on purpose: 'errorrate' should lead to 'ErrorRate'.
    private List<string> KnownNames() =>
    [
        .. BuiltInSignals.Names,
        .. Detectors.Names,
        .. _symbols.CustomMetricNames,
        SyntaxFacts.PreviousDayKeyword,
        SyntaxFacts.PreviousWeekKeyword,
    ];
}
