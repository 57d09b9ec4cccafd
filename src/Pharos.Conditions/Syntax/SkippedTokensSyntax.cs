namespace Pharos.Conditions.Syntax;

/// <summary>Tokens after a complete condition that the grammar has no place for (e.g. <c>and ...</c>).</summary>
public sealed class SkippedTokensSyntax : SyntaxNode
{
    internal SkippedTokensSyntax(IReadOnlyList<SyntaxToken> tokens)
        : base(SyntaxKind.SkippedTokens, TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End))
    {
        Tokens = tokens;
    }

    public IReadOnlyList<SyntaxToken> Tokens { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => Tokens;

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitSkippedTokens(this);
}
