using Pharos.Conditions.Semantics;

namespace Pharos.Conditions.Syntax;

/// <summary>The fixed tables of the language: token texts, keywords, operators, duration units, name styles.</summary>
public static class SyntaxFacts
{
    public const string PreviousDayKeyword = "previous_day";
    public const string PreviousWeekKeyword = "previous_week";

    private static readonly Dictionary<SyntaxKind, string> TokenTexts = new()
    {
        [SyntaxKind.PreviousDayKeyword] = PreviousDayKeyword,
        [SyntaxKind.PreviousWeekKeyword] = PreviousWeekKeyword,
        [SyntaxKind.PlusToken] = "+",
        [SyntaxKind.MinusToken] = "-",
        [SyntaxKind.AsteriskToken] = "*",
        [SyntaxKind.SlashToken] = "/",
        [SyntaxKind.OpenParenToken] = "(",
        [SyntaxKind.CloseParenToken] = ")",
        [SyntaxKind.CommaToken] = ",",
        [SyntaxKind.LessThanToken] = "<",
        [SyntaxKind.LessThanEqualsToken] = "<=",
        [SyntaxKind.GreaterThanToken] = ">",
        [SyntaxKind.GreaterThanEqualsToken] = ">=",
        [SyntaxKind.EqualsEqualsToken] = "==",
        [SyntaxKind.BangEqualsToken] = "!=",
    };

    private static readonly Dictionary<SyntaxKind, ComparisonOperator> ComparisonOperators = new()
    {
        [SyntaxKind.LessThanToken] = ComparisonOperator.LessThan,
        [SyntaxKind.LessThanEqualsToken] = ComparisonOperator.LessThanOrEqual,
        [SyntaxKind.GreaterThanToken] = ComparisonOperator.GreaterThan,
        [SyntaxKind.GreaterThanEqualsToken] = ComparisonOperator.GreaterThanOrEqual,
        [SyntaxKind.EqualsEqualsToken] = ComparisonOperator.Equal,
        [SyntaxKind.BangEqualsToken] = ComparisonOperator.NotEqual,
    };

    private static readonly Dictionary<SyntaxKind, ArithmeticOperator> ArithmeticOperators = new()
    {
        [SyntaxKind.PlusToken] = ArithmeticOperator.Add,
        [SyntaxKind.MinusToken] = ArithmeticOperator.Subtract,
        [SyntaxKind.AsteriskToken] = ArithmeticOperator.Multiply,
        [SyntaxKind.SlashToken] = ArithmeticOperator.Divide,
    };

    // Case-sensitive on purpose: '5M' is more likely a typo for months or megabytes than minutes.
    private static readonly Dictionary<string, DurationUnit> DurationUnits = new(StringComparer.Ordinal)
    {
        ["ms"] = DurationUnit.Milliseconds,
        ["s"] = DurationUnit.Seconds,
        ["m"] = DurationUnit.Minutes,
        ["h"] = DurationUnit.Hours,
        ["d"] = DurationUnit.Days,
    };

    public static IReadOnlyCollection<string> DurationUnitSuffixes => DurationUnits.Keys;

    /// <summary>The fixed text of a punctuation or keyword token; null for tokens whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => TokenTexts.GetValueOrDefault(kind);

    public static SyntaxKind? GetKeywordKind(string text) => text switch
    {
        PreviousDayKeyword => SyntaxKind.PreviousDayKeyword,
        PreviousWeekKeyword => SyntaxKind.PreviousWeekKeyword,
        _ => null,
    };

    public static bool IsComparisonOperator(SyntaxKind kind) => ComparisonOperators.ContainsKey(kind);

    public static bool IsAdditiveOperator(SyntaxKind kind) => kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken;

    public static bool IsMultiplicativeOperator(SyntaxKind kind) => kind is SyntaxKind.AsteriskToken or SyntaxKind.SlashToken;

    public static ComparisonOperator GetComparisonOperator(SyntaxKind kind) => ComparisonOperators[kind];

    public static ArithmeticOperator GetArithmeticOperator(SyntaxKind kind) => ArithmeticOperators[kind];

    public static string GetText(ComparisonOperator op) =>
        TokenTexts[ComparisonOperators.First(pair => pair.Value == op).Key];

    /// <summary>The operator that keeps the meaning when both sides swap: <c>5 &lt; x</c> is <c>x &gt; 5</c>.</summary>
    public static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => ComparisonOperator.GreaterThan,
        ComparisonOperator.LessThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
        ComparisonOperator.GreaterThan => ComparisonOperator.LessThan,
        ComparisonOperator.GreaterThanOrEqual => ComparisonOperator.LessThanOrEqual,
        _ => op,
    };

    public static bool TryGetDurationUnit(string suffix, out DurationUnit unit) => DurationUnits.TryGetValue(suffix, out unit);

    public static double GetMilliseconds(DurationUnit unit) => unit switch
    {
        DurationUnit.Milliseconds => 1,
        DurationUnit.Seconds => 1_000,
        DurationUnit.Minutes => 60_000,
        DurationUnit.Hours => 3_600_000,
        _ => 86_400_000,
    };

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static NameStyle GetNameStyle(string name)
    {
        if (name.Length == 0)
        {
            return NameStyle.Other;
        }

        if (char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit))
        {
            return NameStyle.PascalCase;
        }

        return char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? NameStyle.SnakeCase
            : NameStyle.Other;
    }
}
