namespace Pharos.Metrics.Selectors;

/// <summary>
/// Parses Metrics API v2 selectors: keys (<c>builtin:</c>, <c>func:</c>, quoted sections, <c>.*</c>),
/// transformation chains, arithmetic between selectors and numbers, and comma-separated lists.
/// Never throws on input; problems are PH4001–PH4099 diagnostics.
/// </summary>
public static class MetricSelectorParser
{
    /// <param name="text">The selector, already URL-decoded.</param>
    /// <param name="sourceName">Names the source in diagnostic locations, e.g. "metricSelector".</param>
    public static MetricSelectorParseResult Parse(string text, string sourceName = "metricSelector")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new SelectorParser(text, new SelectorDiagnostics(sourceName, text)).ParseList();
    }
}
