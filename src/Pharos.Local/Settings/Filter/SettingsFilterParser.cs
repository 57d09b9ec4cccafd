using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// Parses the <c>filter</c> of <c>GET /settings/objects</c>:
/// <code>
/// filter     := or
/// or         := and ('or' and)*
/// and        := unary ('and' unary)*
/// unary      := 'not' unary | '(' or ')' | comparison
/// comparison := field ('=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' | 'contains' | 'starts-with') literal
///             | field 'in' '(' literal (',' literal)* ')'
/// literal    := 'quoted' | "quoted" | number | true | false
/// </code>
/// Keywords are case-insensitive; at most 1024 characters and 5 levels of parentheses, as in Dynatrace.
/// Stops at the first syntax error; field errors are all reported. Never throws.
/// </summary>
internal sealed class SettingsFilterParser
{
    public const int MaxLength = 1024;
    public const int MaxDepth = 5;
    public const string Parameter = "filter";

    // Operators of Dynatrace's filter language that the settings filter does not document; named in the error.
    private static readonly string[] UnsupportedOperators = ["ends-with", "exists", "is-empty", "is-null", "is-not-null", "matches", "like", "not-in", "has"];

    private readonly IReadOnlyList<FilterToken> _tokens;
    private readonly IReadOnlyCollection<string> _fields;
    private readonly DiagnosticBag _diagnostics;
    private int _index;
    private int _depth;

    private SettingsFilterParser(IReadOnlyList<FilterToken> tokens, IReadOnlyCollection<string> fields, DiagnosticBag diagnostics)
    {
        _tokens = tokens;
        _fields = fields;
        _diagnostics = diagnostics;
    }

    private FilterToken Current => _tokens[_index];

    /// <summary>The expression, or null with the errors. <paramref name="fields"/> are the response fields of the query.</summary>
    public static (FilterExpression? Filter, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, IReadOnlyCollection<string> fields)
    {
        var diagnostics = new DiagnosticBag();
        if (text.Length > MaxLength)
        {
            diagnostics.Add(LocalDiagnostics.SettingsFilterTooLong(text.Length, MaxLength));
            return (null, diagnostics.ToSortedList());
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(LocalDiagnostics.SettingsFilterEmpty());
            return (null, diagnostics.ToSortedList());
        }

        var tokens = FilterLexer.Tokenize(text, diagnostics);
        if (tokens is null)
        {
            return (null, diagnostics.ToSortedList());
        }

        var parser = new SettingsFilterParser(tokens, fields, diagnostics);
        var expression = parser.ParseOr();
        if (expression is not null && parser.Current.Kind != FilterTokenKind.End)
        {
            diagnostics.Add(LocalDiagnostics.SettingsFilterUnexpected(parser.Current.Describe(), parser.Current.Column, "'and', 'or' or the end of the filter"));
        }

        return diagnostics.HasErrors ? (null, diagnostics.ToSortedList()) : (expression, []);
    }

    private FilterExpression? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && Current.IsWord("or"))
        {
            _index++;
            var right = ParseAnd();
            left = right is null ? null : new OrFilter(left, right);
        }

        return left;
    }

    private FilterExpression? ParseAnd()
    {
        var left = ParseUnary();
        while (left is not null && Current.IsWord("and"))
        {
            _index++;
            var right = ParseUnary();
            left = right is null ? null : new AndFilter(left, right);
        }

        return left;
    }

    private FilterExpression? ParseUnary()
    {
        if (Current.IsWord("not"))
        {
            _index++;
            return ParseUnary() is { } operand ? new NotFilter(operand) : null;
        }

        if (Current.Kind == FilterTokenKind.OpenParen)
        {
            var open = Current;
            if (++_depth > MaxDepth)
            {
                _diagnostics.Add(LocalDiagnostics.SettingsFilterTooDeep(open.Column, MaxDepth));
                return null;
            }

            _index++;
            var inner = ParseOr();
            if (inner is null)
            {
                return null;
            }

            if (Current.Kind != FilterTokenKind.CloseParen)
            {
                return Unexpected($"')' to close the '(' at column {open.Column}");
            }

            _index++;
            _depth--;
            return inner;
        }

        return ParseComparison();
    }

    private FilterExpression? ParseComparison()
    {
        var fieldToken = Current;
        if (fieldToken.Kind != FilterTokenKind.Word || IsKeyword(fieldToken))
        {
            return Unexpected("a field such as value.enabled, 'not' or '('");
        }

        _index++;
        var field = SettingsField.Resolve(fieldToken.Text, fieldToken.Column, Parameter, _fields, _diagnostics);
        var opToken = Current;
        var op = OperatorOf(opToken);
        if (op is null)
        {
            if (opToken.Kind == FilterTokenKind.Word && UnsupportedOperators.Contains(opToken.Text, StringComparer.OrdinalIgnoreCase))
            {
                _diagnostics.Add(LocalDiagnostics.SettingsFilterUnsupported(opToken.Text, opToken.Column));
                return null;
            }

            return Unexpected("an operator: =, !=, <, <=, >, >=, contains, starts-with or in");
        }

        _index++;
        var values = op == FilterOperator.In ? ParseList() : ParseLiteral() is { } single ? [single] : null;
        if (values is null)
        {
            return null;
        }

        if (values.FirstOrDefault(v => !Accepts(op.Value, v)) is { } mismatch)
        {
            _diagnostics.Add(LocalDiagnostics.SettingsFilterLiteralMismatch(opToken.Text, mismatch.Kind == FilterLiteralKind.String ? $"'{mismatch.Text}'" : mismatch.Text, opToken.Column,
                op is FilterOperator.StartsWith ? "a quoted string" : "a quoted string or a number"));
            return null;
        }

        // A field error is reported but parsing goes on, so that every bad field is named at once.
        return field is null ? Placeholder(values) : new ComparisonFilter(field, op.Value, values);
    }

    // Stands in for a comparison on a bad field; never evaluated because the parse then fails.
    private static ComparisonFilter Placeholder(IReadOnlyList<FilterLiteral> values) =>
        new(new SettingsField("", "", []), FilterOperator.Equal, values);

    private List<FilterLiteral>? ParseList()
    {
        if (Current.Kind != FilterTokenKind.OpenParen)
        {
            Unexpected("'(' to start the list of in (…)");
            return null;
        }

        _index++;
        var values = new List<FilterLiteral>();
        while (true)
        {
            if (ParseLiteral() is not { } literal)
            {
                return null;
            }

            values.Add(literal);
            if (Current.Kind == FilterTokenKind.CloseParen)
            {
                _index++;
                return values;
            }

            if (Current.Kind != FilterTokenKind.Comma)
            {
                Unexpected("',' or ')' in the list of in (…)");
                return null;
            }

            _index++;
        }
    }

    private FilterLiteral? ParseLiteral()
    {
        var token = Current;
        if (token.Kind is FilterTokenKind.String or FilterTokenKind.Number || token.IsWord("true") || token.IsWord("false"))
        {
            _index++;
            return FilterLiteral.Of(token);
        }

        if (token.IsWord("null"))
        {
            _diagnostics.Add(LocalDiagnostics.SettingsFilterUnsupported(token.Text, token.Column));
            return null;
        }

        Unexpected("a value: a quoted string, a number, true or false");
        return null;
    }

    private static bool Accepts(FilterOperator op, FilterLiteral literal) => op switch
    {
        FilterOperator.StartsWith => literal.Kind == FilterLiteralKind.String,
        FilterOperator.Less or FilterOperator.LessOrEqual or FilterOperator.Greater or FilterOperator.GreaterOrEqual => literal.Kind != FilterLiteralKind.Boolean,
        _ => true,
    };

    private static FilterOperator? OperatorOf(FilterToken token) => token.Kind switch
    {
        FilterTokenKind.Operator => token.Text switch
        {
            "=" => FilterOperator.Equal,
            "!=" => FilterOperator.NotEqual,
            "<" => FilterOperator.Less,
            "<=" => FilterOperator.LessOrEqual,
            ">" => FilterOperator.Greater,
            ">=" => FilterOperator.GreaterOrEqual,
            _ => null,
        },
        FilterTokenKind.Word when token.IsWord("contains") => FilterOperator.Contains,
        FilterTokenKind.Word when token.IsWord("starts-with") => FilterOperator.StartsWith,
        FilterTokenKind.Word when token.IsWord("in") => FilterOperator.In,
        _ => null,
    };

    private static bool IsKeyword(FilterToken token) => token.IsWord("and") || token.IsWord("or") || token.IsWord("not");

    private FilterExpression? Unexpected(string expected)
    {
        _diagnostics.Add(LocalDiagnostics.SettingsFilterUnexpected(Current.Describe(), Current.Column, expected));
        return null;
    }
}
