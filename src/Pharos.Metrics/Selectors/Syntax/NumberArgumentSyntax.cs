namespace Pharos.Metrics.Selectors.Syntax;

public sealed class NumberArgumentSyntax(double value, string text, SelectorSpan span) : ArgumentSyntax(span)
{
    public double Value { get; } = value;

    public string Text { get; } = text;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitNumberArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitNumberArgument(this);
}
