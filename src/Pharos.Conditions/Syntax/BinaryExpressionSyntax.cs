using Pharos.Conditions.Semantics;

namespace Pharos.Conditions.Syntax;

/// <summary>Arithmetic: <c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c>. Comparisons are <see cref="ComparisonExpressionSyntax"/>.</summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    internal BinaryExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.BinaryExpression, TextSpan.FromBounds(left.Span.Start, right.Span.End))
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    public ExpressionSyntax Left { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Right { get; }

    public ArithmeticOperator Operator => SyntaxFacts.GetArithmeticOperator(OperatorToken.Kind);

    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];

    public override IEnumerable<SyntaxToken> DescendantTokens() =>
        Left.DescendantTokens().Append(OperatorToken).Concat(Right.DescendantTokens());

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitBinaryExpression(this);
}
