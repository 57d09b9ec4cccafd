namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Arithmetic between two expressions; <c>*</c> and <c>/</c> bind tighter than <c>+</c> and <c>-</c>, all left-associative.</summary>
public sealed class BinarySyntax(SelectorExpression left, ArithmeticOperator @operator, SelectorExpression right, SelectorSpan span)
    : SelectorExpression(span)
{
    public SelectorExpression Left { get; } = left;

    public ArithmeticOperator Operator { get; } = @operator;

    public SelectorExpression Right { get; } = right;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitBinary(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitBinary(this);
}
