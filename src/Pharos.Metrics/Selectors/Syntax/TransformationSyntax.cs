namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>
/// One <c>:name[(arguments)]</c>. <see cref="Kind"/> is <see cref="TransformationKind.Unknown"/> for a name the
/// parser does not know (reported as PH4007); arguments are kept as written so the query layer can read them.
/// </summary>
public sealed class TransformationSyntax(
    string name,
    TransformationKind kind,
    IReadOnlyList<ArgumentSyntax> arguments,
    bool hasParentheses,
    SelectorSpan nameSpan,
    SelectorSpan span) : SelectorNode(span)
{
    public string Name { get; } = name;

    public TransformationKind Kind { get; } = kind;

    public IReadOnlyList<ArgumentSyntax> Arguments { get; } = arguments;

    /// <summary>Whether the text had <c>()</c>; <c>:fold</c> and <c>:fold()</c> print as written.</summary>
    public bool HasParentheses { get; } = hasParentheses;

    public SelectorSpan NameSpan { get; } = nameSpan;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitTransformation(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitTransformation(this);
}
