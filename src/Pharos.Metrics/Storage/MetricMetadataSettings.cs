namespace Pharos.Metrics.Storage;

/// <summary>
/// The value of a <c>builtin:metric.metadata</c> settings object (schema v4.29), as far as descriptors
/// show it. The settings layer validates it; the store only keeps it.
/// </summary>
public sealed record MetricMetadataSettings
{
    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Unit { get; init; }

    /// <summary><c>binary</c> or <c>decimal</c>; only meaningful for bit and byte units.</summary>
    public string? UnitDisplayFormat { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? SourceEntityType { get; init; }

    public IReadOnlyList<MetricDimensionMetadata> Dimensions { get; init; } = [];

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public bool? RootCauseRelevant { get; init; }

    public bool? ImpactRelevant { get; init; }

    /// <summary><c>error</c>, <c>score</c> or <c>unknown</c>.</summary>
    public string? ValueType { get; init; }

    /// <summary>Expected reporting delay in minutes (1..60).</summary>
    public int? Latency { get; init; }
}

public sealed record MetricDimensionMetadata(string Key, string? DisplayName);
