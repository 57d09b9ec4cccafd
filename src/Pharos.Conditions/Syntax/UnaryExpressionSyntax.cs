namespace Pharos.Conditions.Syntax;

/// <summary>Unary minus: <c>-5</c>, <c>-(a - b)</c>.</summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    internal UnaryExpressionSyntax(SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(SyntaxKind.UnaryExpression, TextSpan.FromBounds(operatorToken.Span.Start, operand.Span.End))
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Operand { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [Operand];

    public override IEnumerable<SyntaxToken> DescendantTokens() => Operand.DescendantTokens().Prepend(OperatorToken);

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitUnaryExpression(this);
}
