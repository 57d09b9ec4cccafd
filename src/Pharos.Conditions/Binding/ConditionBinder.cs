using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Binding;

/// <summary>
/// Gives a parsed condition its meaning: resolves names against the built-in tables and the
/// caller's custom metrics, checks kinds and units, and produces an <see cref="AlertCondition"/>.
/// Nodes the parser already complained about bind to <see cref="ErrorValue"/> so that no
/// diagnostic is reported twice. One instance binds one tree.
/// </summary>
internal sealed partial class ConditionBinder : SyntaxVisitor<BoundValue>
{
    private readonly ConditionSyntaxTree _tree;
    private readonly IConditionSymbols _symbols;
    private readonly ConditionDiagnostics _diagnostics;
    private readonly List<Diagnostic> _reported = [];

    // What previous_day/previous_week resolve to while the right-hand side of a comparison is bound.
    private MetricExpression? _previousPeriodTarget;
    private PreviousPeriodProblem _previousPeriodProblem = PreviousPeriodProblem.OutsideComparison;

    public ConditionBinder(ConditionSyntaxTree tree, IConditionSymbols symbols, SourceLocation? origin)
    {
        _tree = tree;
        _symbols = symbols;
        _diagnostics = new ConditionDiagnostics(tree.Text, origin);
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _reported;

    /// <summary>The meaning of the whole condition, or null when it has none (and that was reported).</summary>
    public AlertCondition? Bind()
    {
        var expression = Unwrap(_tree.Root.Expression);
        switch (expression)
        {
            case ComparisonExpressionSyntax comparison:
                return BindComparison(comparison);
            case CallExpressionSyntax call:
                return BindDetector(call.NameToken, call.Arguments, call.Span);
            case NameExpressionSyntax name when Detectors.TryGet(name.Name, out _):
                return BindDetector(name.Identifier, [], name.Span);
        }

        var value = Visit(expression);

        // After a syntax error the value is probably only the part before it; saying it is not a condition would mislead.
        if (value is not ErrorValue && !_tree.HasErrors)
        {
            var metric = value as MetricValue;
            var signal = metric?.Signal ?? (value as StateValue)?.Signal;
            Report(_diagnostics.NotACondition(expression.Span, TextOf(expression), metric is null || metric.IsSingleMetric ? signal : null, metric is not null));
        }

        return null;
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private string TextOf(SyntaxNode node) => _tree.GetText(node);

    private void Report(Diagnostic diagnostic) => _reported.Add(diagnostic);

    protected override BoundValue DefaultVisit(SyntaxNode node) => ErrorValue.Instance;
}
