namespace Pharos.Sync.Controller;

/// <summary>How the controller paces itself. The defaults suit a cluster with thousands of ConfigMaps.</summary>
public sealed record SyncControllerOptions
{
    /// <summary>Reconcile once changes have been quiet this long, so a burst (a GitOps sync of many ConfigMaps) is one reconcile.</summary>
    public TimeSpan DebounceDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>…but never wait longer than this after the first change of a burst.</summary>
    public TimeSpan MaxDebounceDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reconcile this often even when nothing changed, to repair drift made in Dynatrace by hand.</summary>
    public TimeSpan ResyncInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>First retry after a failed reconcile; doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether a source with no ConfigMaps at all may be reconciled. Off by default: an empty
    /// cluster view is far more often a wrong label selector, namespace or folder than an intended
    /// "delete every object Pharos owns".
    /// </summary>
    public bool AllowEmptyDesiredState { get; init; }

    /// <summary>Status annotations written in parallel after a reconcile.</summary>
    public int StatusWriteConcurrency { get; init; } = 8;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Receives every event, on the controller's or source's thread; must not block.</summary>
    public Action<ControllerEvent>? OnEvent { get; init; }

    public ControllerHealth Health { get; init; } = new();
}
