using Pharos.Evaluation.Slo;
using Pharos.Metrics.Descriptors.Model;

namespace Pharos.Local.Slo;

/// <summary>
/// The func:slo metrics in the descriptor endpoints: <c>GET /metrics/{key}</c> answers for the four keys of every
/// SLO, and <c>GET /metrics</c> lists those matching its metricSelector (exact keys or <c>prefix.*</c>) and text.
/// They are appended after the stored metrics, on the last page, and counted in totalCount on every page.
/// </summary>
internal sealed class SloMetricDescriptors
{
    private readonly LocalSloDefinitions _definitions;

    public SloMetricDescriptors(LocalSloDefinitions definitions)
    {
        _definitions = definitions ?? throw new ArgumentNullException(nameof(definitions));
    }

    public async Task<MetricDescriptor?> GetAsync(string metricKey, CancellationToken cancellationToken)
    {
        if (!SloMetricKeys.TryParse(metricKey, out _, out _))
        {
            return null;
        }

        var all = await ListAllAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(d => d.MetricId == metricKey);
    }

    public async Task<MetricDescriptorCollection> AppendAsync(
        MetricDescriptorCollection page, string? metricSelector, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var matching = (await ListAllAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => MatchesSelector(d.MetricId, metricSelector) && MatchesText(d, text))
            .ToList();
        if (matching.Count == 0)
        {
            return page;
        }

        return page with
        {
            TotalCount = page.TotalCount + matching.Count,
            Metrics = page.NextPageKey is null ? [.. page.Metrics, .. matching] : page.Metrics,
        };
    }

    private async Task<List<MetricDescriptor>> ListAllAsync(CancellationToken cancellationToken)
    {
        var slos = await _definitions.ListAsync(cancellationToken).ConfigureAwait(false);
        return slos.SelectMany(Describe).ToList();
    }

    private static IEnumerable<MetricDescriptor> Describe(SloDefinition slo)
    {
        yield return Descriptor(SloMetricKeys.Status(slo.MetricName), $"{slo.Name}", "Percent", $"The evaluated value of the SLO '{slo.Name}'.");
        yield return Descriptor(SloMetricKeys.ErrorBudget(slo.MetricName), $"Error budget - {slo.Name}", "Percent",
            $"The error budget of the SLO '{slo.Name}': evaluated value minus target, in percentage points.");
        yield return Descriptor(SloMetricKeys.NormalizedErrorBudget(slo.MetricName), $"Normalized error budget - {slo.Name}", "Percent",
            $"The error budget of the SLO '{slo.Name}' as a percentage of the whole budget (100 - target).");
        yield return Descriptor(SloMetricKeys.BurnRate(slo.MetricName), $"Error budget burn rate - {slo.Name}", "Unspecified",
            $"How fast the SLO '{slo.Name}' consumes its error budget: error rate / (1 - target/100).");
    }

    private static MetricDescriptor Descriptor(string key, string displayName, string unit, string description) => new()
    {
        MetricId = key,
        DisplayName = displayName,
        Description = description,
        Unit = unit,
        EntityType = [],
        AggregationTypes = ["auto", "avg", "max", "min", "value"],
        Transformations = ["splitBy"],
        DefaultAggregation = new MetricDefaultAggregation("value"),
        DimensionDefinitions = [],
        Tags = [],
        MetricValueType = new MetricValueType("unknown"),
    };

    private static bool MatchesSelector(string key, string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return true;
        }

        return selector.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(s =>
            s == "*" || (s.EndsWith(".*", StringComparison.Ordinal) ? key.StartsWith(s[..^1], StringComparison.Ordinal) : key == s));
    }

    private static bool MatchesText(MetricDescriptor descriptor, string? text) =>
        string.IsNullOrEmpty(text)
        || descriptor.MetricId.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (descriptor.DisplayName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
}
