namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>A quoted string; <see cref="Value"/> has the <c>~"</c> and <c>~~</c> escapes removed.</summary>
public sealed class StringArgumentSyntax(string value, SelectorSpan span) : ArgumentSyntax(span)
{
    public string Value { get; } = value;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitStringArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitStringArgument(this);
}
