using Pharos.Local.Entities;

namespace Pharos.Local.Storage.Problems;

/// <summary>
/// A problem opened by a problem-raising event. It is open until closed by hand or until
/// <see cref="PlannedEndMillis"/> passes (the event timeout), whichever comes first.
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
    public bool IsOpen(long nowMillis) => ClosedMillis is null && PlannedEndMillis > nowMillis;

    /// <summary>-1 while open, as Dynatrace reports it.</summary>
    public long EndMillis(long nowMillis) => IsOpen(nowMillis) ? -1 : ClosedMillis ?? PlannedEndMillis;
}

internal sealed record StoredComment(string CommentId, string ProblemId, long CreatedMillis, string AuthorName, string Content, string? Context);
