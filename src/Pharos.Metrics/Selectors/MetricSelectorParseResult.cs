using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

/// <summary>
/// The selectors of a <c>metricSelector</c> parameter, in order, and every problem found. A tree is
/// always returned; where the text was broken it holds Missing nodes next to a diagnostic.
/// </summary>
public sealed record MetricSelectorParseResult(
    string Text,
    IReadOnlyList<SelectorExpression> Selectors,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Canonical text of each selector, as the query API echoes it in <c>metricId</c>.</summary>
    public IReadOnlyList<string> CanonicalTexts => [.. Selectors.Select(SelectorPrinter.Print)];

    /// <summary>All selectors in canonical form, comma-separated.</summary>
    public string ToCanonicalString() => string.Join(',', CanonicalTexts);
}
