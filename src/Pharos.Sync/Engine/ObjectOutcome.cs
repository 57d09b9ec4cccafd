namespace Pharos.Sync.Engine;

public enum OutcomeStatus
{
    /// <summary>Dynatrace accepted the write (a delete of an object already gone counts too).</summary>
    Applied,

    /// <summary>The write was refused or failed after its retries.</summary>
    Failed,

    /// <summary>Not attempted: it refers to an object that does not exist.</summary>
    Skipped,
}

/// <summary>What happened to one planned write. <see cref="Message"/> explains failures and notable successes; it never holds a secret.</summary>
public sealed record ObjectOutcome(PlannedChange Change, OutcomeStatus Status)
{
    /// <summary>The object's id after the write (the new id for a create).</summary>
    public string? ObjectId { get; init; }

    public string? Message { get; init; }

    /// <summary>For a failed or skipped write: the error, pointing at the catalog item.</summary>
    public Pharos.Core.Diagnostics.Diagnostic? Problem { get; init; }
}

/// <summary>Writes finished so far, for a progress bar.</summary>
public readonly record struct ApplyProgress(int Completed, int Total);
