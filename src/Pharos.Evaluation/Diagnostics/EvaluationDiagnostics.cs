using System.Globalization;
using Pharos.Core.Diagnostics;

namespace Pharos.Evaluation.Diagnostics;

/// <summary>
/// The one place evaluation diagnostics are created. Codes are stable and listed in docs/evaluation.md:
/// PH5001 to PH5027 alert-test files (<c>pharos test</c>), PH5040 to PH5049 settings values the evaluator reads
/// (metric events, SLOs, alerting profiles, notifications, maintenance windows). Every message says how to fix it.
/// </summary>
public static class EvaluationDiagnostics
{
    // --- Alert-test files: structure -------------------------------------------------------------

    public static Diagnostic YamlSyntax(SourceLocation? at, string detail) =>
        Error("PH5001", at, $"YAML syntax error: {detail}. Fix the YAML so the test file parses.");

    public static Diagnostic FileUnreadable(string path, string reason) =>
        Error("PH5002", new SourceLocation(path, 1, 1), $"cannot read the test file: {reason}. Check the path passed to 'pharos test'.");

    public static Diagnostic WrongShape(SourceLocation? at, string field, string expected, string actual) =>
        Error("PH5003", at, $"'{field}' must be {expected}, but is {actual}.");

    public static Diagnostic UnknownField(SourceLocation? at, string name, string where, IReadOnlyCollection<string> known) =>
        Error("PH5004", at, $"unknown field '{name}' in {where}.{NameSuggester.DidYouMean(name, known)} Known fields: {string.Join(", ", known)}.");

    public static Diagnostic MissingField(SourceLocation? at, string where, string name, string example) =>
        Error("PH5005", at, $"{where} is missing the required field '{name}'. Add it, e.g. {example}.");

    public static Diagnostic InvalidScalar(SourceLocation? at, string field, string expected, string value) =>
        Error("PH5006", at, $"'{field}' must be {expected}, but is '{Shorten(value)}'.");

    public static Diagnostic DuplicateTestName(SourceLocation? at, string name, SourceLocation? first) =>
        Error("PH5007", at, $"test '{name}' is defined twice (first at {Where(first)}). Give each test case its own name so results can be told apart.");

    public static Diagnostic DuplicateKey(SourceLocation? at, string key) =>
        Error("PH5008", at, $"key '{key}' appears twice in the same mapping. Remove one of them.");

    // --- Alert-test files: series notation -------------------------------------------------------

    public static Diagnostic MalformedSeriesName(SourceLocation? at, string text, string reason) =>
        Error("PH5010", at, $"series '{Shorten(text)}' is not written as metric or metric{{key=\"value\",…}}: {reason}.");

    public static Diagnostic InvalidSample(SourceLocation? at, string token) =>
        Error("PH5011", at, $"'{Shorten(token)}' is not a sample. Write a number (99.5), '_' for a minute without data, or VALUExCOUNT to repeat (99x10, _x5).");

    public static Diagnostic InvalidRepeat(SourceLocation? at, string token, int max) =>
        Error("PH5012", at, $"'{Shorten(token)}' has an invalid repeat count: write a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)} after 'x', e.g. 99x10.");

    public static Diagnostic SeriesTooLong(SourceLocation? at, string series, long minutes, int max) =>
        Error("PH5013", at, $"series '{Shorten(series)}' is {minutes.ToString(CultureInfo.InvariantCulture)} minutes long; a test case may simulate at most {max.ToString(CultureInfo.InvariantCulture)} minutes ({max / 1440} days). Shorten it or use fewer repeats.");

    public static Diagnostic DuplicateSeries(SourceLocation? at, string series) =>
        Error("PH5014", at, $"series '{Shorten(series)}' is given twice in this test case (dimension order does not matter). Merge the two lines.");

    public static Diagnostic EmptySeries(SourceLocation? at, string series) =>
        Error("PH5015", at, $"series '{Shorten(series)}' has no samples. Write one value per minute, e.g. '99 99 94 _ 99x10'.");

    // --- Alert-test files: expectations -----------------------------------------------------------

    public static Diagnostic UnknownProblemStatus(SourceLocation? at, string value) =>
        Error("PH5020", at, $"problem status '{Shorten(value)}' is unknown.{NameSuggester.DidYouMean(value, ["open", "closed"])} Write 'open' (the problem opens at that minute) or 'closed' (it closes at that minute).");

    public static Diagnostic MinuteOutOfRange(SourceLocation? at, string field, long minute, long length) =>
        Error("PH5021", at, $"'{field}' is minute {minute.ToString(CultureInfo.InvariantCulture)}, but the test case runs minutes 0 to {(length - 1).ToString(CultureInfo.InvariantCulture)}. Use a minute inside the run, or set 'minutes' to run longer.");

    public static Diagnostic UnknownSeverity(SourceLocation? at, string value, IReadOnlyCollection<string> known) =>
        Error("PH5022", at, $"severity '{Shorten(value)}' is unknown.{NameSuggester.DidYouMean(value, known)} Use one of {string.Join(", ", known)}.");

    public static Diagnostic UnknownNotificationState(SourceLocation? at, string value) =>
        Error("PH5023", at, $"notification state '{Shorten(value)}' is unknown.{NameSuggester.DidYouMean(value, ["OPEN", "RESOLVED", "MERGED"])} Use OPEN, RESOLVED or MERGED, the values of Dynatrace's {{State}} placeholder.");

    public static Diagnostic UnknownNotification(SourceLocation? at, string name, IReadOnlyCollection<string> known) =>
        Error("PH5024", at, known.Count == 0
            ? $"no problem notification named '{Shorten(name)}' exists: the catalog under test has none. Add builtin:problem.notifications objects under 'problemNotifications'."
            : $"no problem notification named '{Shorten(name)}' exists.{NameSuggester.DidYouMean(name, known)} Known notifications: {string.Join(", ", known)}.");

    public static Diagnostic NothingToEvaluate(SourceLocation? at) =>
        Error("PH5025", at, "the catalog under test has no enabled metric events, so nothing can fire. Point 'catalog' at a catalog with alert rules, or list builtin:anomaly-detection.metric-events values under 'metricEvents'.");

    public static Diagnostic CatalogUnresolved(SourceLocation? at, string catalog, string reason) =>
        Error("PH5026", at, $"the catalog '{Shorten(catalog)}' cannot be loaded: {reason}.");

    public static Diagnostic UnsupportedSelector(SourceLocation? at, string selector, string reason) =>
        Error("PH5027", at, $"alert tests cannot evaluate the metric selector '{Shorten(selector)}': {reason}. Alert tests support metric keys with :filter, :splitBy, :merge, aggregations, :default and arithmetic.");

    // --- Settings values read by the evaluator -----------------------------------------------------

    public static Diagnostic SettingWrongType(SourceLocation? at, string source, string path, string expected, string actual) =>
        Error("PH5040", at, $"{source}: '{path}' must be {expected}, but is {actual}.");

    public static Diagnostic SettingUnknownValue(SourceLocation? at, string source, string path, string value, IReadOnlyCollection<string> allowed) =>
        Error("PH5041", at, $"{source}: '{path}' is '{Shorten(value)}', which is not allowed.{NameSuggester.DidYouMean(value, allowed)} Use one of {string.Join(", ", allowed)}.");

    public static Diagnostic SettingOutOfRange(SourceLocation? at, string source, string path, double value, double min, double max) =>
        Error("PH5042", at, $"{source}: '{path}' is {Format(value)}, outside the allowed range {Format(min)} to {Format(max)}.");

    public static Diagnostic SettingMissing(SourceLocation? at, string source, string path, string hint) =>
        Error("PH5043", at, $"{source}: '{path}' is required {hint}.");

    public static Diagnostic StaticThresholdOutside(SourceLocation? at, string source) =>
        Error("PH5044", at, $"{source}: a static threshold is one value, so it can only alert ABOVE or BELOW it. Use ABOVE or BELOW, or AUTO_ADAPTIVE_THRESHOLD/SEASONAL_BASELINE to alert OUTSIDE a band.");

    public static Diagnostic InvalidMetricSelector(SourceLocation? at, string source, string firstError) =>
        Error("PH5045", at, $"{source}: the metric selector does not parse: {firstError}");

    public static Diagnostic ViolatingExceedsSamples(SourceLocation? at, string source, int violating, int samples) =>
        Error("PH5046", at, $"{source}: violatingSamples ({violating.ToString(CultureInfo.InvariantCulture)}) is larger than the sliding window samples ({samples.ToString(CultureInfo.InvariantCulture)}), so the event can never be raised. Lower violatingSamples or widen the window.");

    public static Diagnostic InvalidTimeframe(SourceLocation? at, string source, string text, string reason) =>
        Error("PH5047", at, $"{source}: Given SLO timeframe is invalid: '{Shorten(text)}' {reason}. Write e.g. '-1w', '-2d to now' or '-1d/d to now/d'.");

    public static Diagnostic InvalidSchedule(SourceLocation? at, string source, string path, string value, string expected) =>
        Error("PH5048", at, $"{source}: '{path}' is '{Shorten(value)}', which is not {expected}.");

    public static Diagnostic UnsupportedNotificationType(SourceLocation? at, string source, string type) =>
        Warning("PH5049", at, $"{source}: notification type {type} is not delivered by the local environment; only WEBHOOK and EMAIL are. The object is kept but never sends.");

    private static Diagnostic Error(string code, SourceLocation? at, string message) => new(code, Severity.Error, message, at);

    private static Diagnostic Warning(string code, SourceLocation? at, string message) => new(code, Severity.Warning, message, at);

    private static string Where(SourceLocation? location) => location?.ToString() ?? "above";

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
