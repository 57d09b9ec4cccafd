using System.Globalization;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

internal sealed partial class SelectorParser
{
    private TransformationSyntax ParseTransformation()
    {
        var colon = _pos;
        _pos++;
        SkipTrivia();
        var nameStart = _pos;
        while (char.IsAsciiLetterOrDigit(Peek()))
        {
            _pos++;
        }

        var name = _text[nameStart.._pos];
        var nameSpan = SelectorSpan.Between(nameStart, _pos);
        var kind = TransformationFacts.Lookup(name);
        if (name.Length == 0)
        {
            Report(_diagnostics.ExpectedTransformationName(new SelectorSpan(colon, 1)));
        }
        else if (kind == TransformationKind.Unknown)
        {
            Report(_diagnostics.UnknownTransformation(nameSpan, name));
        }

        var beforeTrivia = _pos;
        SkipTrivia();
        var hasParentheses = Peek() == '(';
        if (!hasParentheses)
        {
            _pos = beforeTrivia;
        }

        var arguments = hasParentheses ? ParseArgumentList() : [];
        var transformation = new TransformationSyntax(name, kind, arguments, hasParentheses, nameSpan, SelectorSpan.Between(colon, _pos));
        if (kind != TransformationKind.Unknown && !_gaveUp)
        {
            new TransformationValidator(_diagnostics, _reported).Validate(transformation);
        }

        return transformation;
    }

    /// <summary>Parses <c>(arg, arg, …)</c> starting at '('; always consumes through the matching ')' or to the end.</summary>
    private List<ArgumentSyntax> ParseArgumentList()
    {
        var open = _pos;
        _pos++;
        var arguments = new List<ArgumentSyntax>();
        if (!TryEnter(open))
        {
            return arguments;
        }

        SkipTrivia();
        if (Peek() == ')')
        {
            _pos++;
            _depth--;
            return arguments;
        }

        while (true)
        {
            arguments.Add(ParseArgument());
            SkipTrivia();
            var c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == ')')
            {
                _pos++;
                break;
            }

            if (AtEnd)
            {
                Report(_diagnostics.MissingClosingParenthesis(new SelectorSpan(open, 1)));
                break;
            }

            Report(_diagnostics.UnexpectedCharacter(new SelectorSpan(_pos, 1), c));
            SkipToArgumentEnd();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }

            if (Peek() == ')')
            {
                _pos++;
            }

            break;
        }

        _depth--;
        return arguments;
    }

    private ArgumentSyntax ParseArgument()
    {
        SkipTrivia();
        var start = _pos;
        var c = Peek();
        if (c == '"')
        {
            var value = ScanQuoted(report: true);
            return new StringArgumentSyntax(value, SelectorSpan.Between(start, _pos));
        }

        if (StartsNumber(0))
        {
            return ParseNumberOrDuration();
        }

        if (SelectorFacts.IsNameStart(c))
        {
            while (SelectorFacts.IsNameChar(Peek()))
            {
                _pos++;
            }

            var name = _text[start.._pos];
            var nameSpan = SelectorSpan.Between(start, _pos);
            SkipTrivia();
            if (Peek() != '(')
            {
                return new NameArgumentSyntax(name, nameSpan);
            }

            var arguments = ParseArgumentList();
            return new CallArgumentSyntax(name, arguments, nameSpan, SelectorSpan.Between(start, _pos));
        }

        if (AtEnd || c is ',' or ')')
        {
            Report(_diagnostics.MissingArgument(new SelectorSpan(_pos, 0)));
            return new MissingArgumentSyntax(new SelectorSpan(_pos, 0));
        }

        Report(_diagnostics.UnexpectedCharacter(new SelectorSpan(_pos, 1), c));
        SkipToArgumentEnd();
        return new MissingArgumentSyntax(SelectorSpan.Between(start, _pos));
    }

    private ArgumentSyntax ParseNumberOrDuration()
    {
        var start = _pos;
        ScanNumber();
        var numberEnd = _pos;
        while (char.IsAsciiLetter(Peek()))
        {
            _pos++;
        }

        var literal = _text[start.._pos];
        var span = SelectorSpan.Between(start, _pos);
        if (_pos == numberEnd)
        {
            if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                Report(_diagnostics.InvalidNumber(span, literal));
            }

            return new NumberArgumentSyntax(number, literal, span);
        }

        var unit = _text[numberEnd.._pos];
        var unitLength = SelectorFacts.UnitLength(unit);
        if (unitLength is null
            || !long.TryParse(_text.AsSpan(start, numberEnd - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            || Math.Abs((double)amount) * unitLength.Value.Ticks > TimeSpan.MaxValue.Ticks)
        {
            Report(_diagnostics.InvalidDuration(span, literal));
            return new MissingArgumentSyntax(span);
        }

        return new DurationArgumentSyntax(amount, unit, unitLength.Value * amount, literal, span);
    }

    /// <summary>Skips to the ',' or ')' that ends the current argument, stepping over nested parentheses and strings.</summary>
    private void SkipToArgumentEnd()
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
            else if (c == ')')
            {
                if (depth == 0)
                {
                    return;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                return;
            }

            _pos++;
        }
    }
}
