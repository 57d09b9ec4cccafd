using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

/// <summary>
/// Recursive-descent parser over the characters of one selector text. Recovery is local: a broken
/// operand becomes a Missing node, and the list parser skips to the next top-level ','.
/// </summary>
internal sealed partial class SelectorParser(string text, SelectorDiagnostics diagnostics)
{
    private readonly string _text = text;
    private readonly SelectorDiagnostics _diagnostics = diagnostics;
    private readonly List<Diagnostic> _reported = [];
    private int _pos;
    private int _depth;

    // Set once nesting exceeds the limit: parsing stops, and the unwinding levels must not report
    // a missing ')' each.
    private bool _gaveUp;

    public MetricSelectorParseResult ParseList()
    {
        var selectors = new List<SelectorExpression>();
        SkipTrivia();
        if (AtEnd)
        {
            Report(_diagnostics.EmptySelector(new SelectorSpan(0, _text.Length)));
            return new MetricSelectorParseResult(_text, selectors, _reported);
        }

        while (true)
        {
            selectors.Add(ParseExpression());
            SkipTrivia();
            if (AtEnd)
            {
                break;
            }

            if (Peek() == ',')
            {
                _pos++;
                continue;
            }

            var start = _pos;
            SkipToTopLevelComma();
            Report(_diagnostics.UnexpectedText(SelectorSpan.Between(start, _pos), Excerpt(start, _pos)));
            if (AtEnd)
            {
                break;
            }

            _pos++;
        }

        if (selectors.Count > SelectorFacts.MaxSelectors)
        {
            var extra = selectors[SelectorFacts.MaxSelectors].Span;
            Report(_diagnostics.TooManySelectors(extra, selectors.Count));
        }

        return new MetricSelectorParseResult(_text, selectors, _reported);
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Report(Diagnostic diagnostic)
    {
        if (!_gaveUp)
        {
            _reported.Add(diagnostic);
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>Moves to the next ',' outside parentheses and quotes, or to the end.</summary>
    private void SkipToTopLevelComma()
    {
        var depth = 0;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                _ = ScanQuoted(report: false);
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                return;
            }

            _pos++;
        }
    }

    private string Excerpt(int start, int end)
    {
        const int MaxShown = 40;
        var length = end - start;
        return length <= MaxShown ? _text[start..end] : _text.Substring(start, MaxShown) + "…";
    }

    /// <summary>
    /// Reads <c>"…"</c> at the current position with <c>~"</c> and <c>~~</c> escapes and returns the
    /// unescaped text; an unclosed string runs to the end of the selector.
    /// </summary>
    private string ScanQuoted(bool report)
    {
        var open = _pos;
        _pos++;
        var builder = new System.Text.StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return builder.ToString();
            }

            if (c == '~' && _pos + 1 < _text.Length)
            {
                var next = _text[_pos + 1];
                if (next is '"' or '~')
                {
                    builder.Append(next);
                    _pos += 2;
                    continue;
                }

                if (report)
                {
                    Report(_diagnostics.InvalidEscape(new SelectorSpan(_pos, 2), next));
                }
            }

            builder.Append(c);
            _pos++;
        }

        if (report)
        {
            Report(_diagnostics.UnterminatedString(new SelectorSpan(open, 1)));
        }

        return builder.ToString();
    }
}
