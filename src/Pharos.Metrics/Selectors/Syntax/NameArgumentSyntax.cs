namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>A bare word: an aggregation (<c>avg</c>), a keyword (<c>descending</c>), a unit, or an unquoted dimension key.</summary>
public sealed class NameArgumentSyntax(string name, SelectorSpan span) : ArgumentSyntax(span)
{
    public string Name { get; } = name;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitNameArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitNameArgument(this);
}
