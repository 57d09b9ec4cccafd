namespace Pharos.Conditions.Syntax;

/// <summary><c>previous_day</c> or <c>previous_week</c>: the comparison's left-hand metric, one period earlier.</summary>
public sealed class PreviousPeriodSyntax : ExpressionSyntax
{
    internal PreviousPeriodSyntax(SyntaxToken keyword)
        : base(SyntaxKind.PreviousPeriodExpression, keyword.Span)
    {
        Keyword = keyword;
    }

    public SyntaxToken Keyword { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [Keyword];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitPreviousPeriod(this);
}
