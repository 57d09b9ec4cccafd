namespace Pharos.Conditions.Syntax;

/// <summary>A number with a time unit such as <c>200ms</c>, <c>5s</c>, <c>1m</c>, <c>1h</c> or <c>1d</c>.</summary>
public sealed class DurationLiteralSyntax : ExpressionSyntax
{
    internal DurationLiteralSyntax(SyntaxToken token)
        : base(SyntaxKind.DurationLiteralExpression, token.Span)
    {
        Token = token;
    }

    public SyntaxToken Token { get; }

    /// <summary>The number before the unit; NaN when the lexer could not read the literal.</summary>
    public double Magnitude => Token.Value is (double magnitude, DurationUnit) ? magnitude : double.NaN;

    /// <summary>The unit; null when the suffix is not a known unit (the lexer reported it).</summary>
    public DurationUnit? Unit => Token.Value is (double, DurationUnit unit) ? unit : null;

    public double Milliseconds => Unit is { } unit ? Magnitude * SyntaxFacts.GetMilliseconds(unit) : double.NaN;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override IEnumerable<SyntaxToken> DescendantTokens() => [Token];

    public override T Accept<T>(SyntaxVisitor<T> visitor) => visitor.VisitDurationLiteral(this);
}
