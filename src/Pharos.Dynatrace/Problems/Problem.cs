using System.Text.Json;
using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Problems;

/// <summary>
/// A problem. <see cref="EndTime"/> is -1 while open. <see cref="EvidenceDetails"/>,
/// <see cref="ImpactAnalysis"/> and <see cref="RecentComments"/> are only present when asked for in <c>fields</c>.
/// </summary>
public sealed record Problem
{
    public string? ProblemId { get; init; }

    public string? DisplayId { get; init; }

    public string? Title { get; init; }

    /// <summary><c>APPLICATION</c>, <c>ENVIRONMENT</c>, <c>INFRASTRUCTURE</c> or <c>SERVICES</c>.</summary>
    public string? ImpactLevel { get; init; }

    /// <summary><c>AVAILABILITY</c>, <c>CUSTOM_ALERT</c>, <c>ERROR</c>, <c>INFO</c>, <c>MONITORING_UNAVAILABLE</c>, <c>PERFORMANCE</c> or <c>RESOURCE_CONTENTION</c>.</summary>
    public string? SeverityLevel { get; init; }

    /// <summary><c>OPEN</c> or <c>CLOSED</c>.</summary>
    public string? Status { get; init; }

    public long StartTime { get; init; }

    public long EndTime { get; init; }

    public IReadOnlyList<EntityStub> AffectedEntities { get; init => field = value ?? []; } = [];

    public IReadOnlyList<EntityStub> ImpactedEntities { get; init => field = value ?? []; } = [];

    public EntityStub? RootCauseEntity { get; init; }

    public IReadOnlyList<ManagementZoneRef> ManagementZones { get; init => field = value ?? []; } = [];

    public IReadOnlyList<EntityTag> EntityTags { get; init => field = value ?? []; } = [];

    /// <summary>The alerting profiles that matched.</summary>
    public IReadOnlyList<AlertingProfileStub> ProblemFilters { get; init => field = value ?? []; } = [];

    public LinkedProblem? LinkedProblemInfo { get; init; }

    public EvidenceDetails? EvidenceDetails { get; init; }

    public ImpactAnalysis? ImpactAnalysis { get; init; }

    public ProblemCommentList? RecentComments { get; init; }

    [JsonPropertyName("k8s.cluster.name")]
    public IReadOnlyList<string>? K8sClusterName { get; init; }

    [JsonPropertyName("k8s.cluster.uid")]
    public IReadOnlyList<string>? K8sClusterUid { get; init; }

    [JsonPropertyName("k8s.namespace.name")]
    public IReadOnlyList<string>? K8sNamespaceName { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record AlertingProfileStub
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

public sealed record LinkedProblem
{
    public string? ProblemId { get; init; }

    public string? DisplayId { get; init; }
}
