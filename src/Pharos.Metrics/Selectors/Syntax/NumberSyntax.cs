namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>A numeric literal in a metric expression, e.g. the <c>100</c> in <c>(a)/(b)*100</c>.</summary>
public sealed class NumberSyntax(double value, string text, SelectorSpan span) : SelectorExpression(span)
{
    public double Value { get; } = value;

    /// <summary>The literal as written; printing keeps it so the echoed selector matches the request.</summary>
    public string Text { get; } = text;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitNumber(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitNumber(this);
}
