namespace Pharos.Sync.Controller;

public enum ControllerEventLevel
{
    Info,
    Warning,
    Error,
}

public enum ControllerEventKind
{
    /// <summary>A source finished a complete read (first list, relist or folder scan).</summary>
    SourceSynced,

    /// <summary>A watch ended and was resumed from the last resourceVersion.</summary>
    WatchResumed,

    /// <summary>The watch's resourceVersion expired (410 Gone) or a stream was unusable: listing again.</summary>
    Relisting,

    /// <summary>The source could not read (network, authorisation, missing folder); it retries with backoff.</summary>
    SourceError,

    ReconcileStarted,
    ReconcileSucceeded,
    ReconcileFailed,

    /// <summary>A reconcile was not started because the desired state was empty (see SyncControllerOptions.AllowEmptyDesiredState).</summary>
    ReconcileRefused,

    /// <summary>A ConfigMap could not be read; its last good content (if any) is kept.</summary>
    DocumentInvalid,

    StatusWriteFailed,
    Stopped,
}

/// <summary>
/// Something the controller did or hit, for the CLI to print or log. Messages never contain the
/// bearer token or webhook URLs: they are built from paths, statuses and diagnostics only.
/// </summary>
public sealed record ControllerEvent(DateTimeOffset Time, ControllerEventLevel Level, ControllerEventKind Kind, string Message)
{
    public override string ToString() => $"{Time:yyyy-MM-dd'T'HH:mm:ss'Z'} {Level.ToString().ToLowerInvariant()} {Kind}: {Message}";
}
