namespace Pharos.Conditions.Syntax;

/// <summary>A plain number such as <c>95.0</c>, <c>1000</c> or <c>1e-3</c>.</summary>
public sealed class NumberLiteralSyntax : ExpressionSyntax
{
    internal NumberLiteralSyntax(SyntaxToken token)
        : base(SyntaxKind.NumberLiteralExpression, token.Span)
    {
        Token = token;
    }

    public SyntaxToken Token { get; }

    /// <summary>The value; NaN when the lexer could not read the number (and reported why).</summary>
    public double Value => Token.Value is double value ? value : double.NaN;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [Token];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitNumberLiteral(this);
}
