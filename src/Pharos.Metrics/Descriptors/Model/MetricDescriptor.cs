namespace Pharos.Metrics.Descriptors.Model;

/// <summary>
/// A metric descriptor (SDK <c>MetricDescriptor</c>) in the field order Dynatrace writes. Fields left
/// null are omitted, which is how the <c>fields</c> parameter of <c>GET /api/v2/metrics</c> trims them.
/// </summary>
public sealed record MetricDescriptor
{
    public required string MetricId { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Unit { get; init; }

    public bool? DduBillable { get; init; }

    public bool? Billable { get; init; }

    public long? Created { get; init; }

    public long? LastWritten { get; init; }

    public IReadOnlyList<string>? EntityType { get; init; }

    public IReadOnlyList<string>? AggregationTypes { get; init; }

    public IReadOnlyList<string>? Transformations { get; init; }

    public MetricDefaultAggregation? DefaultAggregation { get; init; }

    public IReadOnlyList<MetricDimensionDefinition>? DimensionDefinitions { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public MetricValueType? MetricValueType { get; init; }

    public bool? Scalar { get; init; }

    public bool? ResolutionInfSupported { get; init; }

    public int? Latency { get; init; }

    public double? MinimumValue { get; init; }

    public double? MaximumValue { get; init; }

    public bool? RootCauseRelevant { get; init; }

    public bool? ImpactRelevant { get; init; }

    public string? UnitDisplayFormat { get; init; }
}

/// <summary><c>type</c> is an aggregation name; <c>parameter</c> only for percentile.</summary>
public sealed record MetricDefaultAggregation(string Type, double? Parameter = null);

/// <summary><c>type</c> is ENTITY for <c>dt.entity.*</c> dimensions and STRING otherwise.</summary>
public sealed record MetricDimensionDefinition(string Key, string Name, string DisplayName, int Index, string Type);

/// <summary><c>error</c>, <c>score</c> or <c>unknown</c>.</summary>
public sealed record MetricValueType(string Type);
