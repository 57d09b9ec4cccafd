namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>
/// <see cref="Source"/> followed by <c>:transformation</c>. A chain <c>a:splitBy():avg</c> nests to the left:
/// Transform(Transform(a, splitBy), avg), so evaluation order is reading order.
/// </summary>
public sealed class TransformSyntax(SelectorExpression source, TransformationSyntax transformation, SelectorSpan span)
    : SelectorExpression(span)
{
    public SelectorExpression Source { get; } = source;

    public TransformationSyntax Transformation { get; } = transformation;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitTransform(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitTransform(this);
}
