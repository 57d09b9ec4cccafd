namespace Pharos.Conditions.Syntax;

/// <summary>Input that could not be an operand (unknown characters, or everything past the nesting limit), kept so spans stay complete.</summary>
public sealed class ErrorExpressionSyntax : ExpressionSyntax
{
    internal ErrorExpressionSyntax(IReadOnlyList<SyntaxToken> skippedTokens)
        : base(SyntaxKind.ErrorExpression, TextSpan.FromBounds(skippedTokens[0].Span.Start, skippedTokens[^1].Span.End))
    {
        SkippedTokens = skippedTokens;
    }

    public IReadOnlyList<SyntaxToken> SkippedTokens { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => SkippedTokens;

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitErrorExpression(this);
}
