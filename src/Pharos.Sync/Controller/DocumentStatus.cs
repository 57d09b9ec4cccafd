namespace Pharos.Sync.Controller;

/// <summary>The outcome of the last reconcile for one ConfigMap: synced, or failed with the reason.</summary>
public sealed record DocumentStatus(bool Synced, DateTimeOffset At, string? Error)
{
    public static DocumentStatus Success(DateTimeOffset at) => new(true, at, null);

    public static DocumentStatus Failure(DateTimeOffset at, string error) => new(false, at, error);
}
