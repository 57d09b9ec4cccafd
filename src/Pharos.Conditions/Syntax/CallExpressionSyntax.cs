namespace Pharos.Conditions.Syntax;

/// <summary>A detector call: <c>Anomaly(ErrorRate)</c>, <c>SlowDatabaseQueries(200ms)</c>.</summary>
public sealed class CallExpressionSyntax : ExpressionSyntax
{
    internal CallExpressionSyntax(
        SyntaxToken name,
        SyntaxToken openParen,
        IReadOnlyList<ExpressionSyntax> arguments,
        IReadOnlyList<SyntaxToken> separators,
        SyntaxToken closeParen)
        : base(SyntaxKind.CallExpression, TextSpan.FromBounds(name.Span.Start, closeParen.Span.End))
    {
        NameToken = name;
        OpenParen = openParen;
        Arguments = arguments;
        Separators = separators;
        CloseParen = closeParen;
    }

    public SyntaxToken NameToken { get; }

    public string Name => NameToken.Text;

    public SyntaxToken OpenParen { get; }

    public IReadOnlyList<ExpressionSyntax> Arguments { get; }

    /// <summary>The commas between arguments; one fewer than <see cref="Arguments"/>.</summary>
    public IReadOnlyList<SyntaxToken> Separators { get; }

    public SyntaxToken CloseParen { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => Arguments;

    public override IEnumerable<SyntaxToken> DescendantTokens()
    {
        yield return NameToken;
        yield return OpenParen;
        for (var i = 0; i < Arguments.Count; i++)
        {
            foreach (var token in Arguments[i].DescendantTokens())
            {
                yield return token;
            }

            if (i < Separators.Count)
            {
                yield return Separators[i];
            }
        }

        yield return CloseParen;
    }

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitCallExpression(this);
}
