using System.Text.Json.Serialization;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Problems;

public enum ProblemStatus
{
    Open,
    Closed,
}

/// <summary><c>impactLevel</c> of the Problems API v2.</summary>
public enum ImpactLevel
{
    Application,
    Environment,
    Infrastructure,
    Services,
}

/// <summary>
/// A problem as the Problems API v2 reports it (field names match; enums use <see cref="Settings.WireNames"/>).
/// <see cref="EndTime"/> is null while open (the API prints -1). <see cref="RootCauseEntity"/> is the entity of
/// the first event; <see cref="EvidenceDetails"/> lists every event that joined, in order.
/// </summary>
public sealed record Problem(
    string ProblemId,
    string DisplayId,
    string Title,
    ProblemStatus Status,
    ProblemSeverity SeverityLevel,
    ImpactLevel ImpactLevel,
    EntityInfo? RootCauseEntity,
    IReadOnlyList<EntityInfo> AffectedEntities,
    IReadOnlyList<EntityInfo> ImpactedEntities,
    IReadOnlyList<ManagementZoneRef> ManagementZones,
    IReadOnlyList<string> EntityTags,
    IReadOnlyList<ProblemEvidence> EvidenceDetails,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    bool UnderMaintenance,
    bool AlertingSuppressed)
{
    [JsonIgnore]
    public bool IsOpen => Status == ProblemStatus.Open;

    [JsonIgnore]
    public IEnumerable<DavisEvent> Events => EvidenceDetails.Select(e => e.Data);
}

/// <summary>One <c>evidenceDetails.details[]</c> entry of type EVENT.</summary>
public sealed record ProblemEvidence(
    string EvidenceType,
    string DisplayName,
    EntityInfo Entity,
    bool RootCauseRelevant,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    string EventId,
    string EventType,
    DavisEvent Data);

public enum ProblemChangeKind
{
    /// <summary>A new problem (notifications: {State} OPEN).</summary>
    Opened,

    /// <summary>Another event joined an open problem (notifications: MERGED, when notifyEventMergesEnabled).</summary>
    EventMerged,

    /// <summary>One of several events closed; the problem stays open.</summary>
    EventClosed,

    /// <summary>The last open event closed (notifications: RESOLVED).</summary>
    Closed,
}

/// <summary>A change of a problem; <see cref="Problem"/> is the problem after it.</summary>
public sealed record ProblemChange(ProblemChangeKind Kind, Problem Problem, DavisEvent Event, DateTimeOffset At);
