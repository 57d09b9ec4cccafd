namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Unary minus on an expression, e.g. <c>-(a:avg)</c>; a negative number literal is a <see cref="NumberSyntax"/>.</summary>
public sealed class NegationSyntax(SelectorExpression operand, SelectorSpan span) : SelectorExpression(span)
{
    public SelectorExpression Operand { get; } = operand;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitNegation(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitNegation(this);
}
