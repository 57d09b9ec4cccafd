namespace Pharos.Conditions.Syntax;

/// <summary>A bare name: a built-in signal (<c>ErrorRate</c>), a custom metric (<c>payment_success_rate</c>) or a detector without arguments (<c>CrashDetection</c>).</summary>
public sealed class NameExpressionSyntax : ExpressionSyntax
{
    internal NameExpressionSyntax(SyntaxToken identifier)
        : base(SyntaxKind.NameExpression, identifier.Span)
    {
        Identifier = identifier;
    }

    public SyntaxToken Identifier { get; }

    public string Name => Identifier.Text;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [Identifier];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitNameExpression(this);
}
