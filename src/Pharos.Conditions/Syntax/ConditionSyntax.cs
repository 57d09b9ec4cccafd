namespace Pharos.Conditions.Syntax;

/// <summary>
/// The root: one expression, whatever followed it that could not be parsed (null when nothing
/// did), and the end of the text.
/// </summary>
public sealed class ConditionSyntax : SyntaxNode
{
    internal ConditionSyntax(ExpressionSyntax expression, SkippedTokensSyntax? trailing, SyntaxToken endOfText)
        : base(SyntaxKind.Condition, TextSpan.FromBounds(expression.Span.Start, endOfText.Span.End))
    {
        Expression = expression;
        Trailing = trailing;
        EndOfText = endOfText;
    }

    public ExpressionSyntax Expression { get; }

    public SkippedTokensSyntax? Trailing { get; }

    public SyntaxToken EndOfText { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() =>
        Trailing is null ? [Expression] : [Expression, Trailing];

    public override IEnumerable<SyntaxToken> DescendantTokens() =>
        Expression.DescendantTokens().Concat(Trailing?.DescendantTokens() ?? []).Append(EndOfText);

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitCondition(this);
}
