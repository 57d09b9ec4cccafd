using Pharos.Local.Entities;

namespace Pharos.Local.Storage.Problems;

/// <summary>
/// A problem as the problems API serves it: the projection of the evaluator's problem tracker, which opens
/// problems from metric events and from problem-raising ingested events alike. It is open until it is closed
/// (by the tracker or by hand) or until <see cref="PlannedEndMillis"/> passes: the latest planned end of its
/// events (an ingested event's timeout; <see cref="long.MaxValue"/> while a metric event is open), so an
/// ingested problem reads as closed at its timeout even before the next evaluation cycle records it.
/// </summary>
internal sealed record StoredProblem(
    string ProblemId,
    string DisplayId,
    string Title,
    string SeverityLevel,
    string ImpactLevel,
    long StartMillis,
    long PlannedEndMillis,
    long? ClosedMillis,
    IReadOnlyList<EntityRef> Entities,
    string DedupeKey)
{
    /// <summary>The entity of the problem's first event; null for problems stored before evaluation existed.</summary>
    public EntityRef? RootCause { get; init; }

    /// <summary>A maintenance window was active on one of its entities when an event joined it.</summary>
    public bool UnderMaintenance { get; init; }

    public bool IsOpen(long nowMillis) => ClosedMillis is null && PlannedEndMillis > nowMillis;

    /// <summary>-1 while open, as Dynatrace reports it.</summary>
    public long EndMillis(long nowMillis) => IsOpen(nowMillis) ? -1 : ClosedMillis ?? PlannedEndMillis;
}

internal sealed record StoredComment(string CommentId, string ProblemId, long CreatedMillis, string AuthorName, string Content, string? Context);
