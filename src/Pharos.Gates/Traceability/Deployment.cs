using Pharos.Gates.Data;

namespace Pharos.Gates.Traceability;

/// <summary>
/// One deployment as read back from CUSTOM_DEPLOYMENT events. Dynatrace stores one event per
/// matched entity, so a deployment gathers the events of one ingest: same version, name, commit and
/// pipeline link, started within a minute of each other.
/// </summary>
public sealed record Deployment
{
    public required DateTimeOffset Time { get; init; }

    public string? Version { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Commit { get; init; }

    public string? CiBackLink { get; init; }

    public string? Project { get; init; }

    public string? ReleaseStage { get; init; }

    public string? Service { get; init; }

    public string? Environment { get; init; }

    public IReadOnlyList<GateEntity> Entities { get; init; } = [];

    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary><c>1.4.2 (commit 3f2a…, https://…)</c>, for messages.</summary>
    public string Describe()
    {
        var details = new List<string>();
        if (Commit is not null)
        {
            details.Add($"commit {Commit}");
        }

        if (CiBackLink is not null)
        {
            details.Add(CiBackLink);
        }

        var version = Version ?? "(no version)";
        return details.Count == 0 ? version : $"{version} ({string.Join(", ", details)})";
    }
}
