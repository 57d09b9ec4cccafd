using System.Globalization;
using System.Text;
using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// Splits a settings filter into tokens: words (field paths, keywords such as <c>and</c> or <c>starts-with</c>),
/// quoted strings (<c>'…'</c> or <c>"…"</c>, backslash escapes), numbers, comparison operators, parentheses
/// and commas. Stops at the first error and reports it; never throws.
/// </summary>
internal static class FilterLexer
{
    public static IReadOnlyList<FilterToken>? Tokenize(string text, IDiagnosticSink diagnostics)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new FilterToken(c switch { '(' => FilterTokenKind.OpenParen, ')' => FilterTokenKind.CloseParen, _ => FilterTokenKind.Comma }, c.ToString(), column));
                i++;
            }
            else if (c is '=' or '<' or '>' or '!')
            {
                var two = c != '=' && i + 1 < text.Length && text[i + 1] == '=';
                var op = two ? text.Substring(i, 2) : c.ToString();
                if (op == "!")
                {
                    diagnostics.Add(LocalDiagnostics.SettingsFilterUnexpected("'!'", column, "'!=' or 'not'"));
                    return null;
                }

                tokens.Add(new FilterToken(FilterTokenKind.Operator, op, column));
                i += op.Length;
            }
            else if (c is '\'' or '"')
            {
                if (ReadString(text, ref i, diagnostics) is not { } value)
                {
                    return null;
                }

                tokens.Add(new FilterToken(FilterTokenKind.String, value, column));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '+' or '-'))
                {
                    i++;
                }

                var raw = text[start..i];
                if (!double.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    || !double.IsFinite(number))
                {
                    diagnostics.Add(LocalDiagnostics.SettingsFilterUnexpected($"'{raw}'", column, "a number such as 42 or -1.5"));
                    return null;
                }

                tokens.Add(new FilterToken(FilterTokenKind.Number, raw, column, number));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.'))
                {
                    i++;
                }

                tokens.Add(new FilterToken(FilterTokenKind.Word, text[start..i], column));
            }
            else
            {
                diagnostics.Add(LocalDiagnostics.SettingsFilterUnexpected($"'{c}'", column, "a field, a value, an operator or a parenthesis"));
                return null;
            }
        }

        tokens.Add(new FilterToken(FilterTokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static string? ReadString(string text, ref int i, IDiagnosticSink diagnostics)
    {
        var quote = text[i];
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                return value.ToString();
            }

            if (c == '\\')
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (next is not ('\\' or '\'' or '"'))
                {
                    diagnostics.Add(LocalDiagnostics.SettingsFilterBadEscape(i + 1 < text.Length ? text.Substring(i, 2) : "\\", i + 1));
                    return null;
                }

                value.Append(next);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        diagnostics.Add(LocalDiagnostics.SettingsFilterUnterminatedString(start + 1));
        return null;
    }
}
