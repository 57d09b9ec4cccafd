using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

/// <summary>
/// The only place metric-selector diagnostics (PH4001–PH4099) are created. Codes are stable; each message
/// says what is wrong and how to write it instead. Locations are 1-based line and column in the selector.
/// </summary>
public sealed class SelectorDiagnostics(string sourceName, string text)
{
    private const string Quoting = "quote it as \"…\" and write ~\" for a quote and ~~ for a tilde inside";

    private static string F(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    public Diagnostic EmptySelector(SelectorSpan span) => Error("PH4001", span,
        "The metric selector is empty; write at least one metric key, e.g. builtin:host.cpu.usage:avg.");

    public Diagnostic UnexpectedCharacter(SelectorSpan span, char found) => Error("PH4002", span,
        F($"Unexpected {Show(found)}; expected a metric key, a number or '('. If it is part of a key, {Quoting}."));

    public Diagnostic MissingClosingParenthesis(SelectorSpan openSpan) => Error("PH4003", openSpan,
        "The '(' here is never closed; add ')'.");

    public Diagnostic UnterminatedString(SelectorSpan span) => Error("PH4004", span,
        "The quoted text starting here is never closed; end it with '\"' (write ~\" for a quote inside).");

    public Diagnostic InvalidEscape(SelectorSpan span, char escaped) => Error("PH4005", span,
        F($"'~{escaped}' is not an escape; inside quotes only ~\" (quote) and ~~ (tilde) are escapes."));

    public Diagnostic ExpectedTransformationName(SelectorSpan span) => Error("PH4006", span,
        "Expected a transformation name after ':', e.g. :avg or :splitBy(\"dt.entity.host\").");

    public Diagnostic UnknownTransformation(SelectorSpan span, string name) => Error("PH4007", span,
        F($"Unknown transformation ':{name}'.{NameSuggester.DidYouMean(name, TransformationFacts.AllNames)}"));

    public Diagnostic WrongArgumentCount(SelectorSpan span, TransformationKind kind, string expected, int actual) => Error("PH4008", span,
        F($"':{TransformationFacts.NameOf(kind)}' takes {expected} (got {actual}); write e.g. {TransformationFacts.Example(kind)}."));

    public Diagnostic WrongCallArgumentCount(SelectorSpan span, string call, string expected, int actual, string example) => Error("PH4008", span,
        F($"'{call}(…)' takes {expected} (got {actual}); write e.g. {example}."));

    public Diagnostic ExpectedArgument(SelectorSpan span, string expected, string where, string example) => Error("PH4009", span,
        F($"Expected {expected} in {where}; write e.g. {example}."));

    public Diagnostic UnknownAggregation(SelectorSpan span, string name) => Error("PH4010", span,
        F($"'{name}' is not an aggregation; use auto, avg, count, max, median, min, percentile(N), sum or value.{NameSuggester.DidYouMean(name, SelectorFacts.Aggregations)}"));

    public Diagnostic PercentileOutOfRange(SelectorSpan span, string value) => Error("PH4011", span,
        F($"Percentile {value} is out of range; use a number from 0 to 100, e.g. percentile(99.9)."));

    public Diagnostic InvalidDuration(SelectorSpan span, string value) => Error("PH4012", span,
        F($"'{value}' is not a duration; write a whole number and a unit s, m, h, d, w, M, q or y, e.g. 5m or -1d."));

    public Diagnostic RollupWindowTooLarge(SelectorSpan span, string value) => Error("PH4013", span,
        F($"The rollup window {value} is longer than 60 minutes; use at most 60m (or 1h)."));

    public Diagnostic TimeshiftTooLarge(SelectorSpan span, string value) => Error("PH4014", span,
        F($"The timeshift {value} is longer than 5 years; shift by at most 5y."));

    public Diagnostic InvalidSortKey(SelectorSpan span, string found) => Error("PH4015", span,
        F($"'{found}' is not a sort key; use value(<aggregation>,ascending|descending) or dimension(\"<key>\",ascending|descending[,lexical|natural])."));

    public Diagnostic UnknownFilterCondition(SelectorSpan span, string name) => Error("PH4016", span,
        F($"'{name}' is not a filter condition; use eq, ne, prefix, suffix, contains, in, existsKey, remainder, series, and, or or not.{NameSuggester.DidYouMean(name, SelectorFacts.Conditions)}"));

    public Diagnostic InvalidLimit(SelectorSpan span, string value) => Error("PH4017", span,
        F($"The limit '{value}' is not a positive whole number; write e.g. :limit(10)."));

    public Diagnostic TooManySelectors(SelectorSpan span, int count) => Error("PH4018", span,
        F($"The selector lists {count} metrics; at most {SelectorFacts.MaxSelectors} are allowed per query. Split it into several queries."));

    public Diagnostic KeyGroupingNotSupported(SelectorSpan span) => Error("PH4019", span,
        "Grouped keys such as builtin:host.cpu.(idle,user) are not supported; list the keys separately: builtin:host.cpu.idle,builtin:host.cpu.user.");

    public Diagnostic NestingTooDeep(SelectorSpan span) => Error("PH4020", span,
        F($"The selector nests parentheses deeper than {SelectorFacts.MaxDepth} levels; simplify the expression."));

    public Diagnostic UnexpectedText(SelectorSpan span, string found) => Error("PH4021", span,
        F($"Unexpected '{found}' after the selector; separate selectors with ',' and combine them with + - * /."));

    public Diagnostic ExpectedOperand(SelectorSpan span) => Error("PH4022", span,
        "Expected a metric key, a number or '(' here.");

    public Diagnostic InvalidNumber(SelectorSpan span, string value) => Error("PH4023", span,
        F($"'{value}' is not a number."));

    public Diagnostic EmptyKeySection(SelectorSpan span) => Error("PH4024", span,
        F($"A metric key section is empty; separate sections with a single '.' and do not end the key with '.'. If a section starts with a special character, {Quoting}."));

    public Diagnostic UnknownComparison(SelectorSpan span, string name) => Error("PH4025", span,
        F($"'{name}' is not a comparison; use lt, le, eq, ne, gt or ge, e.g. series(avg,gt(80)).{NameSuggester.DidYouMean(name, SelectorFacts.Comparisons)}"));

    public Diagnostic InvalidKeyword(SelectorSpan span, string found, string allowed, string where) => Error("PH4026", span,
        F($"'{found}' is not allowed in {where}; use {allowed}."));

    public Diagnostic MissingArgument(SelectorSpan span) => Error("PH4027", span,
        "An argument is missing here; remove the extra ',' or fill in the value.");

    public Diagnostic DurationNotPositive(SelectorSpan span, string value, string where) => Error("PH4028", span,
        F($"The duration {value} in {where} must be greater than zero."));

    private Diagnostic Error(string code, SelectorSpan span, string message) =>
        new(code, Severity.Error, message, Locate(span.Start));

    private SourceLocation Locate(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(sourceName, line, offset - lineStart + 1);
    }

    private static string Show(char c) => char.IsControl(c) || char.IsWhiteSpace(c)
        ? string.Create(CultureInfo.InvariantCulture, $"character U+{(int)c:X4}")
        : $"'{c}'";
}
