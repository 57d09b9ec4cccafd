namespace Pharos.Local.Settings.Filter;

/// <summary>A parsed settings filter: comparisons combined with <c>and</c>, <c>or</c> and <c>not</c>.</summary>
internal abstract record FilterExpression;

internal sealed record AndFilter(FilterExpression Left, FilterExpression Right) : FilterExpression;

internal sealed record OrFilter(FilterExpression Left, FilterExpression Right) : FilterExpression;

internal sealed record NotFilter(FilterExpression Operand) : FilterExpression;

/// <summary><c>field op literal</c>, or <c>field in (literal, …)</c> with <see cref="FilterOperator.In"/>.</summary>
internal sealed record ComparisonFilter(SettingsField Field, FilterOperator Operator, IReadOnlyList<FilterLiteral> Values) : FilterExpression;

internal enum FilterOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    StartsWith,
    In,
}

internal enum FilterLiteralKind
{
    String,
    Number,
    Boolean,
}

internal sealed record FilterLiteral(FilterLiteralKind Kind, string Text, double Number, bool Boolean)
{
    public static FilterLiteral Of(FilterToken token) => token.Kind switch
    {
        FilterTokenKind.Number => new(FilterLiteralKind.Number, token.Text, token.Number, false),
        FilterTokenKind.String => new(FilterLiteralKind.String, token.Text, 0, false),
        _ => new(FilterLiteralKind.Boolean, token.Text, 0, token.IsWord("true")),
    };
}
