namespace Pharos.Evaluation.Problems;

public sealed record ProblemTrackerOptions
{
    /// <summary>
    /// How long after a problem started an event may still join it. Null (the default): for as long as the
    /// problem is open, which is how Davis merges events whose active windows overlap.
    /// </summary>
    public TimeSpan? MergeWindow { get; init; }

    /// <summary>How many closed problems are kept for <see cref="ProblemTracker.Problems"/> (oldest dropped first).</summary>
    public int ClosedProblemsKept { get; init; } = 1000;
}
