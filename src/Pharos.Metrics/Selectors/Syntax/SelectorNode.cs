namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Base of every selector syntax node: immutable, located, walked by <see cref="SelectorVisitor"/>.</summary>
public abstract class SelectorNode(SelectorSpan span)
{
    public SelectorSpan Span { get; } = span;

    public abstract void Accept(SelectorVisitor visitor);

    public abstract TResult Accept<TResult>(SelectorVisitor<TResult> visitor);

    /// <summary>The canonical selector text of this node (what the API echoes as <c>metricId</c>).</summary>
    public override string ToString() => SelectorPrinter.Print(this);
}
