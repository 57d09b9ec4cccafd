using System.Globalization;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Diagnostics;

/// <summary>
/// The one place condition diagnostics are created. Codes are stable and documented in
/// docs/conditions.md: PH2001–PH2019 syntax, PH2020–PH2029 names, PH2030–PH2039 detectors and
/// condition shape, PH2040–PH2059 types, units and values. Every message says how to fix the problem.
/// A diagnostic is placed at <c>origin.Offset(span.Start)</c>; without an origin it has no location
/// and the message names the character position inside the condition instead.
/// </summary>
internal sealed class ConditionDiagnostics(string text, SourceLocation? origin)
{
    private const int MaxQuotedLength = 60;

    public Diagnostic EmptyCondition(TextSpan span) =>
        Error("PH2001", span, "the condition is empty. Write a comparison such as 'ErrorRate > 0.05', a detector such as 'Anomaly(ResponseTime)', or a state check such as \"JobStatus == 'FAILED'\".");

    public Diagnostic UnexpectedCharacter(TextSpan span, string characters) =>
        Error("PH2002", span, $"unexpected character{(characters.Length > 1 ? "s" : "")} '{characters}'. {UnexpectedCharacterHint(characters[0])}");

    public Diagnostic UnterminatedString(TextSpan span, char quote) =>
        Error("PH2003", span, $"the quoted value starting here has no closing {quote}. Add {quote} after the value, e.g. {quote}FAILED{quote}.");

    public Diagnostic InvalidNumber(TextSpan span, string number, string fix) =>
        Error("PH2004", span, $"'{number}' is not a valid number: {fix}.");

    public Diagnostic UnknownDurationUnit(TextSpan span, string literal, string unit) =>
        Error("PH2005", span, $"'{literal}' has an unknown unit '{unit}'.{NameSuggester.DidYouMean(unit, SyntaxFacts.DurationUnitSuffixes)} Durations use ms, s, m, h or d, e.g. 200ms.");

    public Diagnostic ExpectedOperand(TextSpan span, string? after, string found) =>
        Error("PH2006", span, after is null
            ? $"expected a metric, number or '(' but found {found}. Start the condition with a metric or detector, e.g. 'ErrorRate > 0.05'."
            : $"expected a metric, number or '(' after '{after}' but found {found}. Add the missing operand.");

    public Diagnostic MissingClosingParenthesis(TextSpan span, TextSpan openParen, string found) =>
        Error("PH2007", span, $"expected ')' to close the '(' at column {ColumnOf(openParen)} but found {found}. Add ')'.");

    public Diagnostic TrailingInput(TextSpan span, string found) =>
        Error("PH2008", span, $"unexpected '{Shorten(found)}' after the end of the condition. A condition is a single comparison or detector; remove the extra text or add the operator that joins it.");

    public Diagnostic ChainedComparison(TextSpan span, string op) =>
        Error("PH2009", span, $"comparisons cannot be chained: remove the second '{op}' and what follows. A condition compares one metric expression with one threshold; for a range, write two alert rules.");

    public Diagnostic CombinedConditions(TextSpan span, string word) =>
        Error("PH2010", span, $"'{word}' cannot combine conditions: a Dynatrace metric event evaluates exactly one. Write one alert rule per condition.");

    public Diagnostic NestingTooDeep(TextSpan span, int limit) =>
        Error("PH2011", span, $"the condition nests more than {limit} levels deep (parentheses, unary minus or chained operators). Simplify it.");

    public Diagnostic UnknownSignal(TextSpan span, string name, IEnumerable<string> candidates) =>
        Error("PH2020", span, $"unknown built-in signal '{name}'.{NameSuggester.DidYouMean(name, candidates)} PascalCase names are built-in signals ({string.Join(", ", BuiltInSignals.Names)}) or detectors ({string.Join(", ", Detectors.Names)}); custom metrics are written in snake_case.");

    public Diagnostic UnknownCustomMetric(TextSpan span, string name, IEnumerable<string> candidates) =>
        Error("PH2021", span, $"unknown custom metric '{name}'.{NameSuggester.DidYouMean(name, candidates)} Declare it under customMetrics of the service, its monitoring profile or a metrics-catalog profile, or correct the name.");

    public Diagnostic InvalidNameStyle(TextSpan span, string name, IEnumerable<string> candidates) =>
        Error("PH2022", span, $"'{name}' is neither a built-in signal (PascalCase, e.g. ErrorRate) nor a custom metric (snake_case, e.g. payment_success_rate).{NameSuggester.DidYouMean(name, candidates)} Rename it to one of those styles.");

    public Diagnostic UnknownDetector(TextSpan span, string name, BuiltInSignal? signal) =>
        Error("PH2030", span, signal is null
            ? $"unknown detector '{name}'.{NameSuggester.DidYouMean(name, Detectors.Names)} Detectors are Anomaly(signal), SlowDatabaseQueries(duration) and CrashDetection."
            : $"'{name}' is a signal, not a detector, so it takes no arguments. "
                + (signal.Kind == SignalKind.State
                    ? $"Compare it with a value, e.g. \"{name} == '{signal.StateValues[0]}'\"."
                    : $"Compare it with a threshold, e.g. '{name} > {Format(signal.ExampleThreshold)}'"
                        + (signal.SupportsAnomalyDetection ? $", or detect anomalies with 'Anomaly({name})'." : ".")));

    public Diagnostic DetectorArgumentCount(TextSpan span, string detector, int expected, int actual, string example) =>
        Error("PH2031", span, expected == 0
            ? $"{detector} takes no arguments but was given {actual}. Write '{example}'."
            : $"{detector} takes exactly {expected} argument but was given {actual}. Write e.g. '{example}'.");

    public Diagnostic AnomalyArgumentNotSupported(TextSpan span, string argument, BuiltInSignal? signal, bool isCustomMetric)
    {
        var supported = string.Join(", ", Detectors.AnomalySignals.Select(s => s.Name));
        var fix = signal switch
        {
            { Kind: SignalKind.State } => $"{signal.Name} is a state; alert on it with \"{signal.Name} == '{signal.StateValues[0]}'\".",
            not null => $"Alert on a threshold instead, e.g. '{signal.Name} > {Format(signal.ExampleThreshold)}'.",
            null when isCustomMetric => $"Alert on a threshold instead, e.g. '{argument} > 100'.",
            _ => "Pass one of those signals, e.g. 'Anomaly(ErrorRate)'.",
        };
        return Error("PH2032", span, $"Anomaly needs a built-in signal that supports anomaly detection ({supported}), but was given {Quote(argument)}. {fix}");
    }

    public Diagnostic DurationArgumentExpected(TextSpan span, string detector, string argument, bool isNumber) =>
        Error("PH2032", span, $"{detector} needs a duration such as 200ms, but was given {Quote(argument)}. "
            + (isNumber ? $"Add a unit, e.g. '{detector}({argument}ms)'." : $"Write e.g. '{detector}(200ms)'."));

    public Diagnostic DetectorInExpression(TextSpan span, Detector detector) =>
        Error("PH2033", span, $"the detector '{detector.Name}' is a complete condition and cannot be compared or used in arithmetic. Use it as the whole condition, e.g. '{detector.Example}', or compare a metric with a threshold instead, e.g. 'ErrorRate > 0.05'.");

    public Diagnostic NotACondition(TextSpan span, string expression, BuiltInSignal? signal, bool isMetric)
    {
        var fix = signal switch
        {
            { Kind: SignalKind.State } => $"Compare it with a value, e.g. \"{signal.Name} == '{signal.StateValues[0]}'\".",
            { SupportsAnomalyDetection: true } => $"Compare it with a threshold, e.g. '{signal.Name} > {Format(signal.ExampleThreshold)}', or detect anomalies with 'Anomaly({signal.Name})'.",
            not null => $"Compare it with a threshold, e.g. '{signal.Name} > {Format(signal.ExampleThreshold)}'.",
            null when isMetric => $"Compare it with a threshold, e.g. '{Shorten(expression)} > 100'.",
            _ => "Compare a metric with it, e.g. 'ConsumerLag > 1000'.",
        };
        return Error("PH2034", span, $"'{Shorten(expression)}' is a value, not a condition: nothing says when to alert. {fix}");
    }

    public Diagnostic ComparisonInsideExpression(TextSpan span) =>
        Error("PH2035", span, "a comparison can only be the whole condition, not part of an arithmetic expression or a detector argument. Move the comparison to the top level, e.g. 'a / b > 0.01'.");

    public Diagnostic StateRequiresEquality(TextSpan span, BuiltInSignal signal) =>
        Error("PH2040", span, $"{signal.Name} is a state, so it can only be compared with == or != and a quoted value, e.g. \"{signal.Name} == '{signal.StateValues[0]}'\". Values: {string.Join(", ", signal.StateValues)}.");

    public Diagnostic UnknownStateValue(TextSpan span, BuiltInSignal signal, string value) =>
        Error("PH2041", span, $"'{Shorten(value)}' is not a {signal.Name} value.{NameSuggester.DidYouMean(value, signal.StateValues)} Use one of {string.Join(", ", signal.StateValues)} (upper case).");

    public Diagnostic StringComparedWithNumericMetric(TextSpan span, string metric, BuiltInSignal? signal)
    {
        var example = signal is null ? $"{Shorten(metric)} > 100" : $"{signal.Name} > {Format(signal.ExampleThreshold)}";
        return Error("PH2042", span, $"'{Shorten(metric)}' is numeric and cannot be compared with a quoted value. Compare it with a number, e.g. '{example}'.");
    }

    public Diagnostic StringNotExpected(TextSpan span) =>
        Error("PH2043", span, "a quoted value can only be compared with a state signal, e.g. \"JobStatus == 'FAILED'\". Remove the quotes to write a number, or compare a state signal.");

    public Diagnostic MetricComparedWithMetric(TextSpan span, string left, string right, bool rightIsName) =>
        Error("PH2044", span, $"'{Shorten(left)}' is compared with another metric '{Shorten(right)}', but a condition compares a metric expression with a number. Move both into one expression, e.g. '{Shorten(left)} / {(rightIsName ? right : $"({Shorten(right)})")} > 1', or compare with previous_day/previous_week.");

    public Diagnostic ConstantComparison(TextSpan span) =>
        Error("PH2045", span, "this comparison has no metric on either side, so its result never changes. Compare a metric with the threshold, e.g. 'ConsumerLag > 1000'.");

    public Diagnostic EqualityOnNumericMetric(TextSpan span, string op, string metric) =>
        Error("PH2046", span, $"'{op}' cannot compare the numeric metric '{Shorten(metric)}': Dynatrace metric events alert only when a value is above or below a threshold. Use <, <=, > or >=.");

    public Diagnostic PreviousPeriodMisplaced(TextSpan span, string keyword, PreviousPeriodProblem problem)
    {
        var reason = problem switch
        {
            PreviousPeriodProblem.OnLeftSide => "cannot be on the left-hand side of a comparison",
            PreviousPeriodProblem.LeftSideIsExpression => "needs a single metric on the left-hand side, not an expression",
            PreviousPeriodProblem.LeftSideIsNotMetric => "needs a metric on the left-hand side",
            _ => "can only be used in a comparison",
        };
        return Error("PH2047", span, $"'{keyword}' {reason}. It stands for the left-hand metric one period earlier, so it belongs on the right-hand side of a comparison whose left side is a single metric, e.g. 'revenue_total < {keyword} * 0.9'.");
    }

    public Diagnostic ThresholdOutOfRange(TextSpan span, BuiltInSignal signal, double value)
    {
        var (range, allowed) = (signal.Minimum, signal.Maximum) switch
        {
            ({ } min, { } max) => ($"between {Format(min)} and {Format(max)}", $"between {Format(min)} and {Format(max)}"),
            ({ } min, null) => ($"never below {Format(min)}", $"of at least {Format(min)}"),
            (null, { } max) => ($"never above {Format(max)}", $"of at most {Format(max)}"),
            _ => ("unbounded", "in range"),
        };
        var fix = signal.Unit == SignalUnit.Ratio && value > 1 && value <= 100
            ? $"If you meant {Format(value)} percent, divide by 100: write {Format(value / 100)}."
            : $"Use a threshold {allowed}.";
        return Error("PH2048", span, $"{signal.Name} ({BuiltInSignals.GetUnitText(signal.Unit)}) is {range}, so the threshold {Format(value)} can never be crossed. {fix}");
    }

    public Diagnostic DurationNotExpected(TextSpan span, string literal, string? metric, SignalUnit? unit)
    {
        var fix = metric is null
            ? "Write a plain number instead."
            : $"Write the threshold of {Shorten(metric)} as a plain number{(unit is { } u ? $" (its unit is {BuiltInSignals.GetUnitText(u)})" : " in the metric's own unit")}.";
        return Error("PH2049", span, $"the duration '{literal}' is not expected here: durations are only allowed as the argument of SlowDatabaseQueries or as the threshold of a time signal (ResponseTime, DatabaseResponseTime). {fix}");
    }

    public Diagnostic DurationNotPositive(TextSpan span, string literal) =>
        Error("PH2050", span, $"the duration '{literal}' must be greater than zero. Write a positive duration, e.g. 200ms.");

    public Diagnostic DivisionByZero(TextSpan span, string expression) =>
        Error("PH2051", span, $"'{Shorten(expression)}' divides by zero. Correct the divisor.");

    public Diagnostic ValueTooLarge(TextSpan span, string expression) =>
        Error("PH2052", span, $"'{Shorten(expression)}' evaluates to a value too large to represent. Use a smaller number.");

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string UnexpectedCharacterHint(char first) => first switch
    {
        '=' => "Use '==' to test equality, e.g. \"JobStatus == 'FAILED'\".",
        '!' => "Use '!=' to test inequality.",
        '&' or '|' => "A condition cannot combine comparisons; write one alert rule per condition.",
        '%' => "Write percentages as plain numbers: 'CpuUsage > 95' (a percentage) or 'ErrorRate > 0.05' (a ratio).",
        _ => "Conditions contain names, numbers, durations (200ms), quoted values, ( ) , and the operators + - * / < <= > >= == !=; remove it.",
    };

    // Quotes user text so that a quoted value inside stays readable: 'x' → "'x'".
    private static string Quote(string value) => value.Contains('\'') ? $"\"{Shorten(value)}\"" : $"'{Shorten(value)}'";

    private static string Shorten(string value) =>
        value.Length <= MaxQuotedLength ? value : string.Concat(value.AsSpan(0, MaxQuotedLength), "…");

    private int ColumnOf(TextSpan span) => origin is null ? span.Start + 1 : origin.Column + span.Start;

    private Diagnostic Error(string code, TextSpan span, string message) =>
        origin is null
            ? new Diagnostic(code, Severity.Error, $"{message} (at character {span.Start + 1} of condition '{Shorten(text)}')", null)
            : new Diagnostic(code, Severity.Error, message, origin.Offset(span.Start));
}
