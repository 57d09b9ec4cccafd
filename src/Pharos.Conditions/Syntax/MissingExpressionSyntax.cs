namespace Pharos.Conditions.Syntax;

/// <summary>A zero-width stand-in where an operand was required but absent; the parser reported it.</summary>
public sealed class MissingExpressionSyntax : ExpressionSyntax
{
    internal MissingExpressionSyntax(int position)
        : base(SyntaxKind.MissingExpression, new TextSpan(position, 0))
    {
    }

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitMissingExpression(this);
}
