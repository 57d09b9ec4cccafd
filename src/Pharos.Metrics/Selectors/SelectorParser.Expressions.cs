using System.Globalization;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

internal sealed partial class SelectorParser
{
    private SelectorExpression ParseExpression()
    {
        var left = ParseTerm();
        while (true)
        {
            SkipTrivia();
            var op = Peek() switch
            {
                '+' => ArithmeticOperator.Add,
                '-' => ArithmeticOperator.Subtract,
                _ => (ArithmeticOperator?)null,
            };
            if (op is null)
            {
                return left;
            }

            _pos++;
            var right = ParseTerm();
            left = new BinarySyntax(left, op.Value, right, SelectorSpan.Between(left.Span, right.Span));
        }
    }

    private SelectorExpression ParseTerm()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipTrivia();
            var op = Peek() switch
            {
                '*' => ArithmeticOperator.Multiply,
                '/' => ArithmeticOperator.Divide,
                _ => (ArithmeticOperator?)null,
            };
            if (op is null)
            {
                return left;
            }

            _pos++;
            var right = ParseUnary();
            left = new BinarySyntax(left, op.Value, right, SelectorSpan.Between(left.Span, right.Span));
        }
    }

    private SelectorExpression ParseUnary()
    {
        SkipTrivia();
        if (Peek() == '-' && !StartsNumber(1))
        {
            var start = _pos;
            _pos++;
            if (!TryEnter(start))
            {
                return new MissingExpressionSyntax(new SelectorSpan(start, 1));
            }

            var operand = ParseUnary();
            _depth--;
            return new NegationSyntax(operand, SelectorSpan.Between(start, operand.Span.End));
        }

        return ParsePostfix();
    }

    private SelectorExpression ParsePostfix()
    {
        var expression = ParsePrimary();
        while (true)
        {
            SkipTrivia();
            if (Peek() != ':')
            {
                return expression;
            }

            var transformation = ParseTransformation();
            expression = new TransformSyntax(expression, transformation, SelectorSpan.Between(expression.Span, transformation.Span));
        }
    }

    private SelectorExpression ParsePrimary()
    {
        SkipTrivia();
        var c = Peek();
        if (c == '(')
        {
            return ParseParenthesized();
        }

        if (StartsNumber(0))
        {
            return ParseNumber();
        }

        if (SelectorFacts.IsNameStart(c) || c == '"')
        {
            return ParseMetricKey();
        }

        if (AtEnd || c is ',' or ')')
        {
            Report(_diagnostics.ExpectedOperand(new SelectorSpan(_pos, 0)));
            return new MissingExpressionSyntax(new SelectorSpan(_pos, 0));
        }

        Report(_diagnostics.UnexpectedCharacter(new SelectorSpan(_pos, 1), c));
        _pos++;
        return new MissingExpressionSyntax(new SelectorSpan(_pos - 1, 1));
    }

    private SelectorExpression ParseParenthesized()
    {
        var open = _pos;
        _pos++;
        if (!TryEnter(open))
        {
            return new MissingExpressionSyntax(SelectorSpan.Between(open, _pos));
        }

        var inner = ParseExpression();
        _depth--;
        SkipTrivia();
        if (Peek() == ')')
        {
            _pos++;
        }
        else
        {
            Report(_diagnostics.MissingClosingParenthesis(new SelectorSpan(open, 1)));
        }

        return new ParenthesizedSyntax(inner, SelectorSpan.Between(open, _pos));
    }

    private NumberSyntax ParseNumber()
    {
        var start = _pos;
        ScanNumber();
        var literal = _text[start.._pos];
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Report(_diagnostics.InvalidNumber(SelectorSpan.Between(start, _pos), literal));
        }

        return new NumberSyntax(value, literal, SelectorSpan.Between(start, _pos));
    }

    /// <summary>True when a number starts <paramref name="ahead"/> characters from here: <c>5</c>, <c>.5</c>, <c>-5</c>, <c>-.5</c>.</summary>
    private bool StartsNumber(int ahead)
    {
        var c = Peek(ahead);
        if (c is '-' or '+')
        {
            c = Peek(ahead + 1);
            ahead++;
        }

        return char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(ahead + 1)));
    }

    /// <summary>Consumes <c>[+-]digits[.digits][e[+-]digits]</c>.</summary>
    private void ScanNumber()
    {
        if (Peek() is '-' or '+')
        {
            _pos++;
        }

        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _pos++;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }

        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _pos += 2;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }
    }

    /// <summary>Guards recursion depth so hostile input cannot overflow the stack.</summary>
    private bool TryEnter(int at)
    {
        if (_depth >= SelectorFacts.MaxDepth)
        {
            Report(_diagnostics.NestingTooDeep(new SelectorSpan(at, 1)));
            _gaveUp = true;
            _pos = _text.Length;
            return false;
        }

        _depth++;
        return true;
    }
}
