namespace Pharos.Conditions.Syntax;

/// <summary>A quoted state value: <c>'FAILED'</c> or <c>"FAILED"</c>. There are no escapes.</summary>
public sealed class StringLiteralSyntax : ExpressionSyntax
{
    internal StringLiteralSyntax(SyntaxToken token)
        : base(SyntaxKind.StringLiteralExpression, token.Span)
    {
        Token = token;
    }

    public SyntaxToken Token { get; }

    /// <summary>The text between the quotes (to the end of the condition when the closing quote is missing).</summary>
    public string Value => Token.Value as string ?? "";

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [Token];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitStringLiteral(this);
}
