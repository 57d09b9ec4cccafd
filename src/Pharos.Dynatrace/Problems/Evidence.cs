using System.Text.Json;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Problems;

public sealed record EvidenceDetails
{
    public int TotalCount { get; init; }

    public IReadOnlyList<Evidence> Details { get; init => field = value ?? []; } = [];
}

/// <summary>
/// One piece of evidence. <see cref="EvidenceType"/> (EVENT, METRIC, TRANSACTIONAL,
/// MAINTENANCE_WINDOW, AVAILABILITY_EVIDENCE) says which of the optional properties are set.
/// </summary>
public sealed record Evidence
{
    public string? EvidenceType { get; init; }

    public string? DisplayName { get; init; }

    public EntityStub? Entity { get; init; }

    public EntityStub? GroupingEntity { get; init; }

    public bool RootCauseRelevant { get; init; }

    public long StartTime { get; init; }

    public long? EndTime { get; init; }

    public string? EventId { get; init; }

    public string? EventType { get; init; }

    /// <summary>The full event, for EVENT evidence.</summary>
    public JsonElement? Data { get; init; }

    public string? MetricId { get; init; }

    public string? Unit { get; init; }

    public double? ValueBeforeChangePoint { get; init; }

    public double? ValueAfterChangePoint { get; init; }

    public string? MaintenanceWindowConfigId { get; init; }
}

public sealed record ImpactAnalysis
{
    public IReadOnlyList<Impact> Impacts { get; init => field = value ?? []; } = [];
}

public sealed record Impact
{
    /// <summary><c>APPLICATION</c>, <c>CUSTOM_APPLICATION</c>, <c>MOBILE</c> or <c>SERVICE</c>.</summary>
    public string? ImpactType { get; init; }

    public EntityStub? ImpactedEntity { get; init; }

    public double EstimatedAffectedUsers { get; init; }
}
