using System.Globalization;
using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Parsing;

/// <summary>
/// Turns condition text into tokens with spans, ending with an end-of-text token. Never throws:
/// anything it cannot read becomes a token marked <see cref="SyntaxToken.HasErrors"/> plus one
/// diagnostic. Whitespace separates tokens and is not kept.
/// </summary>
internal sealed class ConditionLexer
{
    private readonly string _text;
    private readonly ConditionDiagnostics _diagnostics;
    private readonly List<Diagnostic> _reported;
    private int _position;

    private ConditionLexer(string text, ConditionDiagnostics diagnostics, List<Diagnostic> reported)
    {
        _text = text;
        _diagnostics = diagnostics;
        _reported = reported;
    }

    public static List<SyntaxToken> Lex(string text, ConditionDiagnostics diagnostics, List<Diagnostic> reported)
    {
        var lexer = new ConditionLexer(text, diagnostics, reported);
        var tokens = new List<SyntaxToken>();
        SyntaxToken token;
        do
        {
            token = lexer.NextToken();
            tokens.Add(token);
        }
        while (token.Kind != SyntaxKind.EndOfTextToken);

        return tokens;
    }

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private SyntaxToken NextToken()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position >= _text.Length)
        {
            return new SyntaxToken(SyntaxKind.EndOfTextToken, "", new TextSpan(_text.Length, 0));
        }

        var c = Peek();
        if (SyntaxFacts.IsIdentifierStart(c))
        {
            return LexIdentifier();
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumberOrDuration();
        }

        if (c is '\'' or '"')
        {
            return LexString(c);
        }

        if (PunctuationAt(_position) is { } kind)
        {
            var text = SyntaxFacts.GetText(kind)!;
            return Token(kind, _position + text.Length);
        }

        return LexBadCharacters();
    }

    private static SyntaxKind? Punctuation(char c, char next) => (c, next) switch
    {
        ('<', '=') => SyntaxKind.LessThanEqualsToken,
        ('>', '=') => SyntaxKind.GreaterThanEqualsToken,
        ('=', '=') => SyntaxKind.EqualsEqualsToken,
        ('!', '=') => SyntaxKind.BangEqualsToken,
        ('<', _) => SyntaxKind.LessThanToken,
        ('>', _) => SyntaxKind.GreaterThanToken,
        ('+', _) => SyntaxKind.PlusToken,
        ('-', _) => SyntaxKind.MinusToken,
        ('*', _) => SyntaxKind.AsteriskToken,
        ('/', _) => SyntaxKind.SlashToken,
        ('(', _) => SyntaxKind.OpenParenToken,
        (')', _) => SyntaxKind.CloseParenToken,
        (',', _) => SyntaxKind.CommaToken,
        _ => null,
    };

    private SyntaxKind? PunctuationAt(int position) =>
        Punctuation(_text[position], position + 1 < _text.Length ? _text[position + 1] : '\0');

    private SyntaxToken LexIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && SyntaxFacts.IsIdentifierPart(_text[_position]))
        {
            _position++;
        }

        var text = _text[start.._position];
        return new SyntaxToken(SyntaxFacts.GetKeywordKind(text) ?? SyntaxKind.IdentifierToken, text, TextSpan.FromBounds(start, _position));
    }

    private SyntaxToken LexNumberOrDuration()
    {
        var start = _position;
        var leadingDot = Peek() == '.';
        string? problem = null;
        SkipDigits();
        if (Peek() == '.')
        {
            _position++;
            if (!char.IsAsciiDigit(Peek()))
            {
                problem = "write a digit after the decimal point, e.g. 1.0";
            }

            SkipDigits();
        }

        if (Peek() == '.')
        {
            while (Peek() == '.' || char.IsAsciiDigit(Peek()))
            {
                _position++;
            }

            problem ??= "a number has at most one decimal point";
        }

        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _position += Peek(1) is '+' or '-' ? 2 : 1;
            SkipDigits();
        }
        else if (Peek() is 'e' or 'E' && (Peek(1) is '+' or '-' || !SyntaxFacts.IsIdentifierPart(Peek(1))))
        {
            _position += Peek(1) is '+' or '-' ? 2 : 1;
            problem ??= "the exponent has no digits; write e.g. 1e3";
        }

        var numberEnd = _position;
        var number = _text[start..numberEnd];
        if (leadingDot)
        {
            problem ??= $"write a digit before the decimal point, e.g. 0{number}";
        }

        var value = double.NaN;
        if (problem is null
            && (!double.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
                || !double.IsFinite(value)))
        {
            value = double.NaN;
            problem = "it is too large; use a smaller number";
        }

        while (_position < _text.Length && SyntaxFacts.IsIdentifierPart(_text[_position]))
        {
            _position++;
        }

        var span = TextSpan.FromBounds(start, _position);
        var text = _text[start.._position];
        if (problem is not null)
        {
            _reported.Add(_diagnostics.InvalidNumber(span, text, problem));
        }

        if (numberEnd == _position)
        {
            return new SyntaxToken(SyntaxKind.NumberLiteralToken, text, span, hasErrors: problem is not null, value: value);
        }

        var suffix = _text[numberEnd.._position];
        if (!SyntaxFacts.TryGetDurationUnit(suffix, out var unit))
        {
            if (problem is null)
            {
                _reported.Add(_diagnostics.UnknownDurationUnit(span, text, suffix));
            }

            return new SyntaxToken(SyntaxKind.DurationLiteralToken, text, span, hasErrors: true);
        }

        return new SyntaxToken(SyntaxKind.DurationLiteralToken, text, span, hasErrors: problem is not null, value: (value, unit));
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _position++;
        }
    }

    private SyntaxToken LexString(char quote)
    {
        var start = _position;
        _position++;
        var close = _text.IndexOf(quote, _position);
        if (close < 0)
        {
            _position = _text.Length;
            var span = TextSpan.FromBounds(start, _position);
            _reported.Add(_diagnostics.UnterminatedString(span, quote));
            return new SyntaxToken(SyntaxKind.StringLiteralToken, _text[start..], span, hasErrors: true, value: _text[(start + 1)..]);
        }

        _position = close + 1;
        return new SyntaxToken(SyntaxKind.StringLiteralToken, _text[start.._position], TextSpan.FromBounds(start, _position), value: _text[(start + 1)..close]);
    }

    // A run of characters no token can start with becomes one bad token and one diagnostic, so
    // pasted garbage does not produce a diagnostic per character.
    private SyntaxToken LexBadCharacters()
    {
        var start = _position;
        do
        {
            _position++;
        }
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && !CanStartToken(_position));

        var span = TextSpan.FromBounds(start, _position);
        var text = _text[start.._position];
        _reported.Add(_diagnostics.UnexpectedCharacter(span, text));
        return new SyntaxToken(SyntaxKind.BadToken, text, span, hasErrors: true);
    }

    private bool CanStartToken(int position)
    {
        var c = _text[position];
        var next = position + 1 < _text.Length ? _text[position + 1] : '\0';
        return SyntaxFacts.IsIdentifierStart(c)
            || char.IsAsciiDigit(c)
            || (c == '.' && char.IsAsciiDigit(next))
            || c is '\'' or '"'
            || PunctuationAt(position) is not null;
    }

    private SyntaxToken Token(SyntaxKind kind, int end)
    {
        var start = _position;
        _position = end;
        return new SyntaxToken(kind, _text[start..end], TextSpan.FromBounds(start, end));
    }
}
