namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>A nested call: filter conditions (<c>eq("d","v")</c>, <c>and(…)</c>), sort keys (<c>value(avg,descending)</c>), <c>percentile(90)</c>.</summary>
public sealed class CallArgumentSyntax(string name, IReadOnlyList<ArgumentSyntax> arguments, SelectorSpan nameSpan, SelectorSpan span)
    : ArgumentSyntax(span)
{
    public string Name { get; } = name;

    public IReadOnlyList<ArgumentSyntax> Arguments { get; } = arguments;

    public SelectorSpan NameSpan { get; } = nameSpan;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitCallArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitCallArgument(this);
}
