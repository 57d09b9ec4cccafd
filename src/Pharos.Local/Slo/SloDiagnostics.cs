using Pharos.Core.Diagnostics;
using Pharos.Metrics.Query;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Local.Slo;

/// <summary>The only place that creates diagnostics for queries of <c>func:slo.*</c> metrics (SLO001–SLO099).</summary>
internal static class SloDiagnostics
{
    public static Diagnostic UnsupportedShape(SelectorSpan span, string selector) => Error("SLO001", span,
        $"'{selector}' cannot be evaluated locally: a func:slo metric is queried as its bare key, optionally with :splitBy() " +
        "and one of :avg, :min, :max, :value, :auto, e.g. func:slo.errorBudget.checkout_availability:splitBy().");

    public static Diagnostic MixedWithOtherMetrics(SelectorSpan span) => Error("SLO002", span,
        "func:slo metrics cannot be combined with other metrics in one local query. Query them in a separate request.");

    public static Diagnostic UnknownSloMetric(SelectorSpan span, string key, IEnumerable<string> known) => Error("SLO003", span,
        $"The metric '{key}' does not belong to any SLO: no builtin:monitoring.slo object has that metricName.{NameSuggester.DidYouMean(key, known)}");

    public static Diagnostic EntitySelectorNotAllowed() => new("SLO004", Severity.Error,
        "entitySelector cannot be combined with func:slo metrics: each SLO applies its own filter. Remove the parameter.",
        new SourceLocation("entitySelector", 1, 1));

    private static Diagnostic Error(string code, SelectorSpan span, string message) =>
        new(code, Severity.Error, message, new SourceLocation(MetricApiDiagnostics.SelectorParameter, 1, span.Start + 1));
}
