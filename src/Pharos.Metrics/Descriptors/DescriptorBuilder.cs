using Pharos.Metrics.Descriptors.Model;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query.Evaluation;
using Pharos.Metrics.Selectors.Syntax;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Descriptors;

/// <summary>
/// Builds the full descriptor of a stored metric: <c>builtin:metric.metadata</c> settings win over
/// <c>#</c>-line metadata, which wins over defaults (display name = key, unit Unspecified). Aggregations,
/// <c>:merge</c> and <c>:splitBy</c> in the selector adjust the descriptor as they would the data.
/// </summary>
internal static class DescriptorBuilder
{
    /// <summary>The transformations the query engine can apply after this metric, in the SDK enum's order.</summary>
    public static readonly IReadOnlyList<string> Transformations =
    [
        "asGauge", "default", "delta", "filter", "fold", "last", "lastReal", "limit", "merge", "names", "partition",
        "rate", "rollup", "setUnit", "smooth", "sort", "splitBy", "timeshift", "toUnit",
    ];

    private const string EntityPrefix = "dt.entity.";

    public static MetricDescriptor Build(MetricInfo info, IReadOnlyList<TransformationSyntax> chain, string metricId)
    {
        var settings = info.Settings;
        var displayNames = settings?.Dimensions.Where(d => d.DisplayName is not null).ToDictionary(d => d.Key, d => d.DisplayName!, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> dimensions = info.DimensionKeys;
        IReadOnlyList<string> aggregations = Aggregation.NamesFor(info.Type);
        var defaultAggregation = new MetricDefaultAggregation(info.Type == MetricType.Count ? "sum" : "avg");
        foreach (var transformation in chain)
        {
            if (Aggregation.FromTransformation(transformation) is not null)
            {
                aggregations = ["auto", "value"];
                defaultAggregation = new MetricDefaultAggregation("value");
            }
            else if (transformation.Kind == TransformationKind.SplitBy)
            {
                dimensions = [.. transformation.Arguments.Select(ConditionCompiler.Text)];
            }
            else if (transformation.Kind == TransformationKind.Merge)
            {
                var removed = transformation.Arguments.Select(ConditionCompiler.Text).ToHashSet(StringComparer.Ordinal);
                dimensions = [.. dimensions.Where(d => !removed.Contains(d))];
            }
        }

        var entityTypes = info.DimensionKeys
            .Where(k => k.StartsWith(EntityPrefix, StringComparison.Ordinal) && k.Length > EntityPrefix.Length)
            .Select(k => k[EntityPrefix.Length..].ToUpperInvariant())
            .Concat(settings?.SourceEntityType is { Length: > 0 } source ? [source] : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return new MetricDescriptor
        {
            MetricId = metricId,
            DisplayName = settings?.DisplayName ?? info.DisplayName ?? info.Key,
            Description = settings?.Description ?? info.Description ?? "",
            Unit = settings?.Unit ?? info.Unit ?? "Unspecified",
            DduBillable = false,
            Billable = false,
            Created = info.CreatedMs,
            LastWritten = info.LastWrittenMs,
            EntityType = entityTypes,
            AggregationTypes = aggregations,
            Transformations = Transformations,
            DefaultAggregation = defaultAggregation,
            DimensionDefinitions = [.. dimensions.Select((key, index) =>
            {
                var name = displayNames.GetValueOrDefault(key, key);
                return new MetricDimensionDefinition(key, name, name, index, key.StartsWith(EntityPrefix, StringComparison.Ordinal) ? "ENTITY" : "STRING");
            })],
            Tags = settings?.Tags ?? [],
            MetricValueType = new MetricValueType(settings?.ValueType ?? "unknown"),
            Scalar = false,
            ResolutionInfSupported = true,
            Latency = settings?.Latency ?? 1,
            MinimumValue = settings?.MinValue,
            MaximumValue = settings?.MaxValue,
            RootCauseRelevant = settings?.RootCauseRelevant ?? false,
            ImpactRelevant = settings?.ImpactRelevant ?? false,
            UnitDisplayFormat = settings?.UnitDisplayFormat,
        };
    }
}
