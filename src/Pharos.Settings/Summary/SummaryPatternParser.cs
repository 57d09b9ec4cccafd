using System.Text;

namespace Pharos.Settings.Summary;

/// <summary>
/// Parses the ICU-MessageFormat dialect of Dynatrace summary patterns: <c>{prop}</c>, dotted
/// paths, <c>|filter:'arg'</c> pipes, <c>select</c> and <c>plural</c> with nested messages, and
/// apostrophe quoting (<c>''</c> is a literal apostrophe). Malformed input never throws: whatever
/// cannot be parsed is kept as literal text.
/// </summary>
internal sealed class SummaryPatternParser
{
    private const int MaxDepth = 32;
    private readonly string _text;
    private int _pos;

    private SummaryPatternParser(string text)
    {
        _text = text;
    }

    public static IReadOnlyList<SummaryPart> Parse(string pattern)
    {
        var parser = new SummaryPatternParser(pattern);
        var parts = new List<SummaryPart>();
        while (parser._pos < pattern.Length)
        {
            parts.AddRange(parser.ParseMessage(depth: 0, nested: false));
            if (parser._pos < pattern.Length)
            {
                parts.Add(new SummaryText(pattern[parser._pos++].ToString()));
            }
        }

        return parts;
    }

    /// <summary>Reads text and placeholders up to (not including) an unmatched '}' when nested.</summary>
    private List<SummaryPart> ParseMessage(int depth, bool nested)
    {
        var parts = new List<SummaryPart>();
        var text = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\'')
            {
                ReadApostrophe(text);
            }
            else if (c == '{' && depth < MaxDepth && TryParseArgument(depth) is { } argument)
            {
                Flush(text, parts);
                parts.Add(argument);
            }
            else if (c == '}' && nested)
            {
                break;
            }
            else
            {
                text.Append(c);
                _pos++;
            }
        }

        Flush(text, parts);
        return parts;
    }

    private void ReadApostrophe(StringBuilder text)
    {
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        if (next == '\'')
        {
            text.Append('\'');
            _pos += 2;
            return;
        }

        var close = next is '{' or '}' ? _text.IndexOf('\'', _pos + 1) : -1;
        if (close < 0)
        {
            text.Append('\'');
            _pos++;
            return;
        }

        text.Append(_text, _pos + 1, close - _pos - 1);
        _pos = close + 1;
    }

    private SummaryArgument? TryParseArgument(int depth)
    {
        var start = _pos;
        _pos++;
        var expression = ReadUntil(',', '}');
        if (_pos >= _text.Length)
        {
            _pos = start;
            return null;
        }

        var (path, filters) = SummaryFilterParser.ParseExpression(expression);
        if (_text[_pos] == '}')
        {
            _pos++;
            return new SummaryArgument(path, filters, null, []);
        }

        _pos++;
        var keyword = ReadUntil(',', '}').Trim();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            return new SummaryArgument(path, filters, keyword, []);
        }

        _pos++;
        var cases = keyword is "select" or "plural" ? ParseCases(depth) : SkipStyle();
        if (cases is null)
        {
            _pos = start;
            return null;
        }

        return new SummaryArgument(path, filters, keyword, cases);
    }

    private List<SummaryCase>? ParseCases(int depth)
    {
        var cases = new List<SummaryCase>();
        while (true)
        {
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                return null;
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                return cases;
            }

            var keyStart = _pos;
            while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ('{' or '}'))
            {
                _pos++;
            }

            var key = _text[keyStart.._pos];
            SkipWhitespace();
            if (_pos >= _text.Length || _text[_pos] != '{' || key.Length == 0)
            {
                return null;
            }

            _pos++;
            var message = ParseMessage(depth + 1, nested: true);
            if (_pos >= _text.Length)
            {
                return null;
            }

            _pos++;
            cases.Add(new SummaryCase(key, message));
        }
    }

    /// <summary>Skips a formatting style such as <c>:: ,_ .</c> up to the closing brace.</summary>
    private List<SummaryCase>? SkipStyle()
    {
        var level = 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '{')
            {
                level++;
            }
            else if (c == '}' && level-- == 0)
            {
                return [];
            }
        }

        return null;
    }

    /// <summary>Reads up to a top-level stop character, skipping over single-quoted filter arguments.</summary>
    private string ReadUntil(char stop, char alsoStop)
    {
        var start = _pos;
        var quoted = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == stop || c == alsoStop))
            {
                break;
            }

            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private static void Flush(StringBuilder text, List<SummaryPart> parts)
    {
        if (text.Length > 0)
        {
            parts.Add(new SummaryText(text.ToString()));
            text.Clear();
        }
    }
}
