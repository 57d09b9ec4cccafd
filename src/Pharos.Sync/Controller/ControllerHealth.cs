namespace Pharos.Sync.Controller;

/// <summary>
/// What the health endpoint reports. Live: the controller loop is running (a stuck or crashed
/// loop should get the pod restarted). Ready: the source has completed a read and the last
/// reconcile did not fail outright. Thread-safe; the controller writes, the endpoint reads.
/// </summary>
public sealed class ControllerHealth
{
    private readonly Lock _gate = new();
    private bool _running;
    private bool _sourceReady;
    private DateTimeOffset? _lastReconcile;
    private bool _lastReconcileSucceeded = true;
    private string _detail = "starting";

    public bool IsLive
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    public bool IsReady
    {
        get
        {
            lock (_gate)
            {
                return _running && _sourceReady && _lastReconcileSucceeded;
            }
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            var last = _lastReconcile is { } at ? $"{StatusAnnotations.Rfc3339(at)} ({(_lastReconcileSucceeded ? "succeeded" : "failed")})" : "none yet";
            return $"running: {_running}; source ready: {_sourceReady}; last reconcile: {last}; {_detail}";
        }
    }

    internal void Running(bool running)
    {
        lock (_gate)
        {
            _running = running;
            _detail = running ? "watching" : "stopped";
        }
    }

    internal void SourceReady()
    {
        lock (_gate)
        {
            _sourceReady = true;
        }
    }

    internal void Reconciled(DateTimeOffset at, bool succeeded)
    {
        lock (_gate)
        {
            _lastReconcile = at;
            _lastReconcileSucceeded = succeeded;
        }
    }
}
