using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Parsing;

/// <summary>
/// Recursive-descent parser for conditions. It never throws and always returns a tree: a
/// required token that is absent becomes a zero-width missing token or expression with one
/// diagnostic, characters the lexer rejected become an <see cref="ErrorExpressionSyntax"/>, and
/// input past a complete condition becomes <see cref="SkippedTokensSyntax"/>.
/// <code>
/// condition      = comparison EOF
/// comparison     = additive [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") additive ]
/// additive       = multiplicative { ("+" | "-") multiplicative }
/// multiplicative = unary { ("*" | "/") unary }
/// unary          = "-" unary | primary
/// primary        = number | duration | string | previous_day | previous_week
///                | identifier [ "(" [ comparison { "," comparison } ] ")" ] | "(" comparison ")"
/// </code>
/// </summary>
internal sealed partial class ConditionParser
{
    /// <summary>
    /// How deep parentheses, unary minus and operator chains may nest. Real conditions use a
    /// handful of levels; the limit keeps every later recursive walk of the tree far from the
    /// stack limit whatever the input.
    /// </summary>
    public const int MaxDepth = 100;

    private readonly List<SyntaxToken> _tokens;
    private readonly ConditionDiagnostics _diagnostics;
    private readonly List<Diagnostic> _reported;
    private int _index;
    private int _depth;
    private bool _tooDeep;
    private int _lastErrorPosition = -1;

    private ConditionParser(List<SyntaxToken> tokens, ConditionDiagnostics diagnostics, List<Diagnostic> reported)
    {
        _tokens = tokens;
        _diagnostics = diagnostics;
        _reported = reported;
    }

    public static ConditionSyntaxTree Parse(string? text, SourceLocation? origin)
    {
        text ??= "";
        var diagnostics = new ConditionDiagnostics(text, origin);
        var reported = new List<Diagnostic>();
        var tokens = ConditionLexer.Lex(text, diagnostics, reported);
        var root = new ConditionParser(tokens, diagnostics, reported).ParseCondition();
        return new ConditionSyntaxTree(text, root, reported);
    }

    private SyntaxToken Current => _tokens[_index];

    private SyntaxToken PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    // Where a missing element goes: right after the last real token, so "ErrorRate >" points just past '>'.
    private int PreviousEnd => _index > 0 ? _tokens[_index - 1].Span.End : 0;

    private SyntaxToken EatToken()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfTextToken)
        {
            _index++;
        }

        return token;
    }

    private ConditionSyntax ParseCondition()
    {
        if (Current.Kind == SyntaxKind.EndOfTextToken)
        {
            Report(_diagnostics.EmptyCondition(new TextSpan(0, 0)), 0);
            return new ConditionSyntax(new MissingExpressionSyntax(0), null, Current);
        }

        var expression = ParseComparison();
        SkippedTokensSyntax? trailing = null;
        if (Current.Kind != SyntaxKind.EndOfTextToken)
        {
            var first = Current;
            var skipped = new List<SyntaxToken>();
            while (Current.Kind != SyntaxKind.EndOfTextToken)
            {
                skipped.Add(EatToken());
            }

            trailing = new SkippedTokensSyntax(skipped);

            // Leftovers after an earlier error are nearly always its echo; report them only on clean input.
            if (_reported.Count == 0)
            {
                ReportTrailing(first);
            }
        }

        return new ConditionSyntax(expression, trailing, Current);
    }

    private void ReportTrailing(SyntaxToken first)
    {
        if (SyntaxFacts.IsComparisonOperator(first.Kind))
        {
            Report(_diagnostics.ChainedComparison(first.Span, first.Text), first.Span.Start);
        }
        else if (first.Kind == SyntaxKind.IdentifierToken && first.Text.ToUpperInvariant() is "AND" or "OR")
        {
            Report(_diagnostics.CombinedConditions(first.Span, first.Text), first.Span.Start);
        }
        else
        {
            Report(_diagnostics.TrailingInput(first.Span, first.Text), first.Span.Start);
        }
    }

    // At most one syntax error per position, and none after the nesting limit was hit: both
    // would only repeat the first complaint.
    private void Report(Diagnostic diagnostic, int position)
    {
        if (_tooDeep || position == _lastErrorPosition)
        {
            return;
        }

        _lastErrorPosition = position;
        _reported.Add(diagnostic);
    }

    private string Describe(SyntaxToken token) =>
        token.Kind == SyntaxKind.EndOfTextToken ? "the end of the condition" : $"'{token.Text}'";

    private SyntaxToken ParseRequiredCloseParen(SyntaxToken openParen)
    {
        if (Current.Kind == SyntaxKind.CloseParenToken)
        {
            return EatToken();
        }

        var position = PreviousEnd;
        Report(_diagnostics.MissingClosingParenthesis(new TextSpan(position, 0), openParen.Span, Describe(Current)), position);
        return SyntaxToken.Missing(SyntaxKind.CloseParenToken, position);
    }

    /// <summary>Skips to the end, or to the ')' that closes the current level, after reporting the nesting limit once.</summary>
    private ExpressionSyntax SkipTooDeep()
    {
        if (!_tooDeep)
        {
            Report(_diagnostics.NestingTooDeep(Current.Span, MaxDepth), Current.Span.Start);
            _tooDeep = true;
        }

        var skipped = new List<SyntaxToken>();
        var balance = 0;
        while (Current.Kind != SyntaxKind.EndOfTextToken)
        {
            if (Current.Kind == SyntaxKind.CloseParenToken)
            {
                if (balance == 0)
                {
                    break;
                }

                balance--;
            }
            else if (Current.Kind == SyntaxKind.OpenParenToken)
            {
                balance++;
            }

            skipped.Add(EatToken());
        }

        return skipped.Count == 0 ? new MissingExpressionSyntax(PreviousEnd) : new ErrorExpressionSyntax(skipped);
    }
}
