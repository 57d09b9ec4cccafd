namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Stands where an argument was required but could not be parsed; a diagnostic always accompanies it.</summary>
public sealed class MissingArgumentSyntax(SelectorSpan span) : ArgumentSyntax(span)
{
    public override void Accept(SelectorVisitor visitor) => visitor.VisitMissingArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitMissingArgument(this);
}
