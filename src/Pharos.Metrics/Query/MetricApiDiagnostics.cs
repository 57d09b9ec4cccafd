using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query;

/// <summary>
/// The only place Metrics API query and descriptor diagnostics (PH4101–PH4199) are created. The location's
/// file is the query parameter at fault; selector problems carry the line and column in the selector.
/// </summary>
public sealed class MetricApiDiagnostics(string metricSelector)
{
    public const string SelectorParameter = "metricSelector";

    private const string TimeForms = "UTC milliseconds (1701090120000), ISO 8601 (2023-11-27T13:02:00Z) or a relative time (now-2h, now-1d/d)";

    private static string F(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    public Diagnostic InvalidTime(string parameter, string value) => Error("PH4101", parameter,
        F($"'{value}' is not a valid {parameter} time; use {TimeForms}."));

    public Diagnostic EmptyTimeframe(long fromMs, long toMs) => Error("PH4102", "from",
        F($"The timeframe is empty: from ({Iso(fromMs)}) must be before to ({Iso(toMs)}). Swap them or widen the timeframe."));

    public Diagnostic InvalidResolution(string value) => Error("PH4103", "resolution",
        F($"'{value}' is not a resolution; use a number of data points (60), a duration of at least one minute (1m, 5m, 1h, 1d, 1w, 1M, 1q, 1y), Inf, or per selector 0:Inf,1:10."));

    public Diagnostic ResolutionTooFine(string resolution, long slots, int max) => Error("PH4104", "resolution",
        F($"Resolution {resolution} gives {slots} data points per series; at most {max} are allowed. Use a coarser resolution or a shorter timeframe."));

    public Diagnostic UnknownMetric(SelectorSpan span, string key, IEnumerable<string> knownKeys) => Error("PH4105", span,
        F($"The metric '{key}' does not exist: nothing has been ingested under that key.{NameSuggester.DidYouMean(key, knownKeys)}"));

    public Diagnostic WildcardInQuery(SelectorSpan span, string key) => Error("PH4106", span,
        F($"'{key}' is a wildcard; the query endpoint needs exact metric keys. List the metrics with GET /api/v2/metrics?metricSelector={key} first."));

    public Diagnostic AlreadyAggregated(SelectorSpan span, string transformation) => Error("PH4107", span,
        F($"':{transformation}' cannot follow another aggregation; keep one aggregation per chain (use :fold(agg) or :rollup(agg,window) to aggregate again)."));

    public Diagnostic AggregationNotAllowed(SelectorSpan span, string aggregation, string metricKey, string type, string allowed) => Error("PH4108", span,
        F($"The {type} metric '{metricKey}' has no '{aggregation}' aggregation; use one of {allowed}."));

    public Diagnostic NeedsAggregation(SelectorSpan span, string transformation) => Error("PH4109", span,
        F($"':{transformation}' needs an aggregation before it, e.g. :sum:{transformation} or :avg:{transformation}."));

    public Diagnostic RateTwice(SelectorSpan span) => Error("PH4110", span,
        "':rate' may appear only once in a transformation chain; remove the second one.");

    public Diagnostic NotSupported(SelectorSpan span, string transformation, string why) => Error("PH4111", span,
        F($"':{transformation}' is not supported by the local environment: {why}"));

    public Diagnostic TooManySeries(SelectorSpan span, string metricId, int count, int max) => Error("PH4112", span,
        F($"'{metricId}' returns {count} series; at most {max} are allowed. Narrow it with :filter(…), :splitBy(…) or :limit({max})."));

    public Diagnostic TooManyPoints(long total, int max) => Error("PH4113", SelectorParameter,
        F($"The query returns {total} data points; at most {max} are allowed. Use a coarser resolution, fewer series or fewer selectors."));

    public Diagnostic TooManyReadSeries(SelectorSpan span, string key, int max) => Error("PH4114", span,
        F($"The metric '{key}' has more than {max} series in the timeframe; add a :filter(…) right after the key or pass an entitySelector."));

    public Diagnostic EntitySelectorUnavailable(SelectorSpan? span) => span is { } s
        ? Error("PH4115", s, "Entity selectors cannot be resolved here: the environment has no entity registry configured. Filter on the dimension instead, e.g. :filter(eq(\"dt.entity.host\",\"HOST-…\")).")
        : Error("PH4115", "entitySelector", "Entity selectors cannot be resolved here: the environment has no entity registry configured. Filter on the dimension instead, e.g. :filter(eq(\"dt.entity.host\",\"HOST-…\")).");

    public Diagnostic InvalidEntitySelector(SelectorSpan? span, string selector, string error) => span is { } s
        ? Error("PH4116", s, F($"The entity selector \"{selector}\" is invalid: {error}"))
        : Error("PH4116", "entitySelector", F($"The entity selector \"{selector}\" is invalid: {error}"));

    public Diagnostic CannotFollowFold(SelectorSpan span, string transformation) => Error("PH4117", span,
        F($"':{transformation}' needs a series over time, but the chain was already folded to a single value; move ':{transformation}' before :fold or :last."));

    public Diagnostic UnknownUnitConversion(SelectorSpan span, string source, string target) => Error("PH4118", span,
        F($"Cannot convert from '{source}' to '{target}'; :toUnit converts between time units (NanoSecond … Day), byte units (Byte, KiloByte, KibiByte, …) or bit units of the same family."));

    public Diagnostic InvalidPartition(SelectorSpan span, string found) => Error("PH4119", span,
        F($"'{found}' is not a partition criterion here; use value(\"label\",lt|le|eq|ne|gt|ge(number)), value(\"label\",otherwise) or dimension(\"label\",<condition>)."));

    public Diagnostic ResolutionIndexOutOfRange(string value, int index, int selectorCount) => Error("PH4120", "resolution",
        F($"The resolution '{value}' names selector {index}, but the query has {selectorCount} (numbered from 0)."));

    public Diagnostic InvalidPageSize(string value) => Error("PH4121", "pageSize",
        F($"The page size '{value}' is invalid; use a whole number from 1 to 500."));

    public Diagnostic InvalidNextPageKey() => Error("PH4122", "nextPageKey",
        "The nextPageKey is not one this environment issued, or it has been altered; repeat the first request to get a new one.");

    public Diagnostic NextPageKeyNotAlone(string parameter) => Error("PH4123", parameter,
        F($"'{parameter}' cannot be combined with nextPageKey; the key already carries the original query. Send nextPageKey alone."));

    public Diagnostic UnknownField(string field, IEnumerable<string> known) => Error("PH4124", "fields",
        F($"'{field}' is not a metric descriptor field.{NameSuggester.DidYouMean(field, known)}"));

    public Diagnostic DescriptorTransformationNotAllowed(SelectorSpan span, string name) => Error("PH4125", span,
        F($"':{name}' is not allowed when listing metrics; only aggregations, :merge and :splitBy are. Query data with /api/v2/metrics/query instead."));

    public Diagnostic MetricKeyExpected(SelectorSpan span) => Error("PH4126", span,
        "Expected a single metric key, optionally followed by transformations, e.g. builtin:host.cpu.usage:splitBy(); arithmetic and lists are not descriptors.");

    public Diagnostic TooManyReadSlots(SelectorSpan span, string key, long slots, long max) => Error("PH4127", span,
        F($"Reading '{key}' would materialise {slots} series slots; at most {max} are allowed. Add a :filter(…), pass an entitySelector or use a coarser resolution."));

    public Diagnostic NoParentRelationship(SelectorSpan span, IReadOnlyCollection<string> entityKeys, IEnumerable<string> known) => Error("PH4128", span,
        F($"':parents' needs an entity dimension that has a parent, but {(entityKeys.Count == 0 ? "the series have no entity dimension" : "none of " + string.Join(", ", entityKeys) + " has one")}. Parents are known for {string.Join(", ", known)}."));

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Diagnostic Error(string code, string parameter, string message) =>
        new(code, Severity.Error, message, new SourceLocation(parameter, 1, 1));

    private Diagnostic Error(string code, SelectorSpan span, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < span.Start && i < metricSelector.Length; i++)
        {
            if (metricSelector[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Diagnostic(code, Severity.Error, message, new SourceLocation(SelectorParameter, line, span.Start - lineStart + 1));
    }
}
