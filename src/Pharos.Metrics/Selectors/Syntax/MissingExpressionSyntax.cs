namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Stands where an expression was required but could not be parsed; a diagnostic always accompanies it.</summary>
public sealed class MissingExpressionSyntax(SelectorSpan span) : SelectorExpression(span)
{
    public override void Accept(SelectorVisitor visitor) => visitor.VisitMissingExpression(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitMissingExpression(this);
}
