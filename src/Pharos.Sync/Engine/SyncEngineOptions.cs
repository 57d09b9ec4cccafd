namespace Pharos.Sync.Engine;

/// <summary>How the engine talks to Dynatrace. The defaults suit a real tenant.</summary>
public sealed record SyncEngineOptions
{
    public static SyncEngineOptions Default { get; } = new();

    /// <summary>Requests in flight at once (lists, validation and write batches, deletes). Monaco's default, 5.</summary>
    public int Concurrency { get; init; } = 5;

    /// <summary>Objects per <c>POST /settings/objects</c>.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Check every create and update with <c>validateOnly=true</c> before a plan is final.</summary>
    public bool ValidateOnServer { get; init; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
    }
}
