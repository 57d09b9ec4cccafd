namespace Pharos.Conditions.Syntax;

/// <summary>
/// One token of condition text. A missing token (inserted by the parser where one was required
/// but absent) has zero width and <see cref="IsMissing"/> set; a token the lexer complained about
/// (bad number, unterminated string, unknown character) has <see cref="HasErrors"/> set so later
/// phases stay quiet about it instead of piling on.
/// </summary>
public sealed class SyntaxToken
{
    internal SyntaxToken(SyntaxKind kind, string text, TextSpan span, bool isMissing = false, bool hasErrors = false, object? value = null)
    {
        Kind = kind;
        Text = text;
        Span = span;
        IsMissing = isMissing;
        HasErrors = hasErrors || isMissing;
        Value = value;
    }

    public SyntaxKind Kind { get; }

    public string Text { get; }

    public TextSpan Span { get; }

    public bool IsMissing { get; }

    public bool HasErrors { get; }

    // The lexer's reading of a literal (double, DurationValue or string); typed accessors live on the literal nodes.
    internal object? Value { get; }

    internal static SyntaxToken Missing(SyntaxKind kind, int position) => new(kind, "", new TextSpan(position, 0), isMissing: true);

    public override string ToString() => IsMissing ? $"<missing {Kind}>" : Text;
}
