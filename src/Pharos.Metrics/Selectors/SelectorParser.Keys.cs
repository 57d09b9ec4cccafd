using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

internal sealed partial class SelectorParser
{
    /// <summary>
    /// <c>[prefix:]section(.section)*[.*]</c>; a section is <c>[A-Za-z0-9_-]+</c> or quoted. A '-' inside a key
    /// belongs to the key, so subtraction after a key needs a space or parentheses: <c>a - b</c>, <c>(a)-(b)</c>.
    /// </summary>
    private MetricKeySyntax ParseMetricKey()
    {
        var start = _pos;
        string? prefix = null;
        var sections = new List<string>();
        var wildcard = false;

        var first = ScanSection(out var firstQuoted);
        if (!firstQuoted && Peek() == ':' && SelectorFacts.KeyPrefixes.Contains(first) && (StartsSection(1) || Peek(1) == '*'))
        {
            prefix = first;
            _pos++;
            if (Peek() == '*')
            {
                _pos++;
                return new MetricKeySyntax(prefix, sections, isWildcard: true, SelectorSpan.Between(start, _pos));
            }

            first = ScanSection(out _);
        }

        sections.Add(first);
        while (Peek() == '.')
        {
            var dot = _pos;
            _pos++;
            if (Peek() == '*')
            {
                _pos++;
                wildcard = true;
                break;
            }

            if (Peek() == '(')
            {
                SkipGroup();
                Report(_diagnostics.KeyGroupingNotSupported(SelectorSpan.Between(dot + 1, _pos)));
                break;
            }

            if (!StartsSection(0))
            {
                Report(_diagnostics.EmptyKeySection(new SelectorSpan(dot, 1)));
                continue;
            }

            sections.Add(ScanSection(out _));
        }

        return new MetricKeySyntax(prefix, sections, wildcard, SelectorSpan.Between(start, _pos));
    }

    private bool StartsSection(int ahead) => Peek(ahead) == '"' || SelectorFacts.IsSectionChar(Peek(ahead));

    private string ScanSection(out bool quoted)
    {
        quoted = Peek() == '"';
        if (quoted)
        {
            var open = _pos;
            var section = ScanQuoted(report: true);
            if (section.Length == 0)
            {
                Report(_diagnostics.EmptyKeySection(SelectorSpan.Between(open, _pos)));
            }

            return section;
        }

        var start = _pos;
        while (SelectorFacts.IsSectionChar(Peek()))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipGroup()
    {
        var depth = 0;
        while (!AtEnd)
        {
            var c = _text[_pos++];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return;
            }
        }
    }
}
