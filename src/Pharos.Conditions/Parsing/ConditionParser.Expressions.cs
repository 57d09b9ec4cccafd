using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Parsing;

internal sealed partial class ConditionParser
{
    private ExpressionSyntax ParseComparison()
    {
        var left = ParseAdditive();
        if (!SyntaxFacts.IsComparisonOperator(Current.Kind))
        {
            return left;
        }

        var op = EatToken();
        var right = ParseAdditive();
        return new ComparisonExpressionSyntax(left, op, right);
    }

    private ExpressionSyntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        var saved = _depth;
        while (SyntaxFacts.IsAdditiveOperator(Current.Kind))
        {
            var op = EatToken();
            _depth++;
            var right = _depth > MaxDepth ? SkipTooDeep() : ParseMultiplicative();
            left = new BinaryExpressionSyntax(left, op, right);
        }

        _depth = saved;
        return left;
    }

    private ExpressionSyntax ParseMultiplicative()
    {
        var left = ParseUnary();
        var saved = _depth;
        while (SyntaxFacts.IsMultiplicativeOperator(Current.Kind))
        {
            var op = EatToken();
            _depth++;
            var right = _depth > MaxDepth ? SkipTooDeep() : ParseUnary();
            left = new BinaryExpressionSyntax(left, op, right);
        }

        _depth = saved;
        return left;
    }

    private ExpressionSyntax ParseUnary()
    {
        if (Current.Kind != SyntaxKind.MinusToken)
        {
            return ParsePrimary();
        }

        var op = EatToken();
        _depth++;
        var operand = _depth > MaxDepth ? SkipTooDeep() : ParseUnary();
        _depth--;
        return new UnaryExpressionSyntax(op, operand);
    }

    private ExpressionSyntax ParsePrimary()
    {
        switch (Current.Kind)
        {
            case SyntaxKind.NumberLiteralToken:
                return new NumberLiteralSyntax(EatToken());
            case SyntaxKind.DurationLiteralToken:
                return new DurationLiteralSyntax(EatToken());
            case SyntaxKind.StringLiteralToken:
                return new StringLiteralSyntax(EatToken());
            case SyntaxKind.PreviousDayKeyword or SyntaxKind.PreviousWeekKeyword:
                return new PreviousPeriodSyntax(EatToken());
            case SyntaxKind.IdentifierToken:
                return PeekToken(1).Kind == SyntaxKind.OpenParenToken
                    ? ParseCall()
                    : new NameExpressionSyntax(EatToken());
            case SyntaxKind.OpenParenToken:
                return ParseParenthesized();
            case SyntaxKind.BadToken:
                // The lexer already reported these characters; keep them in the tree and move on.
                var bad = new List<SyntaxToken>();
                while (Current.Kind == SyntaxKind.BadToken)
                {
                    bad.Add(EatToken());
                }

                return new ErrorExpressionSyntax(bad);
            default:
                var position = PreviousEnd;
                var after = _index > 0 ? _tokens[_index - 1].Text : null;
                Report(_diagnostics.ExpectedOperand(new TextSpan(position, 0), after, Describe(Current)), position);
                return new MissingExpressionSyntax(position);
        }
    }

    private ExpressionSyntax ParseParenthesized()
    {
        var open = EatToken();
        _depth++;
        var inner = _depth > MaxDepth ? SkipTooDeep() : ParseComparison();
        _depth--;
        var close = ParseRequiredCloseParen(open);
        return new ParenthesizedExpressionSyntax(open, inner, close);
    }

    private CallExpressionSyntax ParseCall()
    {
        var name = EatToken();
        var open = EatToken();
        var arguments = new List<ExpressionSyntax>();
        var separators = new List<SyntaxToken>();
        if (Current.Kind != SyntaxKind.CloseParenToken)
        {
            _depth++;
            while (true)
            {
                arguments.Add(_depth > MaxDepth ? SkipTooDeep() : ParseComparison());
                if (Current.Kind != SyntaxKind.CommaToken)
                {
                    break;
                }

                separators.Add(EatToken());
            }

            _depth--;
        }

        var close = ParseRequiredCloseParen(open);
        return new CallExpressionSyntax(name, open, arguments, separators, close);
    }
}
