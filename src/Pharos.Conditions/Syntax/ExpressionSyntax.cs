namespace Pharos.Conditions.Syntax;

public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}
