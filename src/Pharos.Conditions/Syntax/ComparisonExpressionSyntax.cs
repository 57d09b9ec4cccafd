using Pharos.Conditions.Semantics;

namespace Pharos.Conditions.Syntax;

/// <summary><c>left op right</c> with op one of <c>&lt; &lt;= &gt; &gt;= == !=</c>.</summary>
public sealed class ComparisonExpressionSyntax : ExpressionSyntax
{
    internal ComparisonExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.ComparisonExpression, TextSpan.FromBounds(left.Span.Start, right.Span.End))
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    public ExpressionSyntax Left { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Right { get; }

    public ComparisonOperator Operator => SyntaxFacts.GetComparisonOperator(OperatorToken.Kind);

    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];

    public override IEnumerable<SyntaxToken> DescendantTokens() =>
        Left.DescendantTokens().Append(OperatorToken).Concat(Right.DescendantTokens());

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitComparisonExpression(this);
}
