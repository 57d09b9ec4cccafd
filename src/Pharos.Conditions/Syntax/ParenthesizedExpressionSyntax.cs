namespace Pharos.Conditions.Syntax;

public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(SyntaxToken openParen, ExpressionSyntax expression, SyntaxToken closeParen)
        : base(SyntaxKind.ParenthesizedExpression, TextSpan.FromBounds(openParen.Span.Start, closeParen.Span.End))
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
    }

    public SyntaxToken OpenParen { get; }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken CloseParen { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [Expression];

    public override IEnumerable<SyntaxToken> DescendantTokens() =>
        Expression.DescendantTokens().Prepend(OpenParen).Append(CloseParen);

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitParenthesizedExpression(this);
}
