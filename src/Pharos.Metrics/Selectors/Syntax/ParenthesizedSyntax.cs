namespace Pharos.Metrics.Selectors.Syntax;

public sealed class ParenthesizedSyntax(SelectorExpression inner, SelectorSpan span) : SelectorExpression(span)
{
    public SelectorExpression Inner { get; } = inner;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitParenthesized(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitParenthesized(this);
}
