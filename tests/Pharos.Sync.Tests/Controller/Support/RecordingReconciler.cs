using Pharos.Sync.Controller;

namespace Pharos.Sync.Tests.Controller.Support;

/// <summary>A reconciler that records what it was asked to do, answers with a scripted outcome, and measures overlap.</summary>
internal sealed class RecordingReconciler : IReconciler
{
    private readonly Lock _gate = new();
    private readonly List<DesiredState> _calls = [];
    private int _inFlight;

    public Func<DesiredState, ReconcileOutcome> Outcome { get; set; } = _ => ReconcileOutcome.Success;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int MaxConcurrent { get; private set; }

    public IReadOnlyList<DesiredState> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int Count => Calls.Count;

    public DesiredState Last => Calls[^1];

    public async Task<ReconcileOutcome> ReconcileAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (_gate)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, now);
        }

        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            lock (_gate)
            {
                _calls.Add(desired);
            }

            return Outcome(desired);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>Collects what a source reports.</summary>
internal sealed class RecordingObserver : ISourceObserver
{
    private readonly Lock _gate = new();
    private readonly List<ControllerEvent> _events = [];
    private int _changes;

    public int Changes => Volatile.Read(ref _changes);

    public IReadOnlyList<ControllerEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public void OnChanged() => Interlocked.Increment(ref _changes);

    public void OnEvent(ControllerEvent controllerEvent)
    {
        lock (_gate)
        {
            _events.Add(controllerEvent);
        }
    }
}

/// <summary>An in-memory source the test sets directly, for controller behaviour that needs no Kubernetes.</summary>
internal sealed class ManualSource : IDesiredStateSource
{
    private ISourceObserver? _observer;
    private SourceSnapshot? _current;

    public string Description => "manual test source";

    public SourceSnapshot? Current => Volatile.Read(ref _current);

    public bool WritesStatus => true;

    public List<(string Key, DocumentStatus Status)> Statuses { get; } = [];

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Stopped { get; private set; }

    public void Set(params SourceDocument[] documents)
    {
        Volatile.Write(ref _current, SourceSnapshot.Create(documents));
        _observer?.OnChanged();
    }

    public async Task RunAsync(ISourceObserver observer, CancellationToken cancellationToken)
    {
        _observer = observer;
        Started.TrySetResult();
        if (_current is not null)
        {
            observer.OnChanged();
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            Stopped = true;
        }
    }

    public Task<bool> WriteStatusAsync(SourceDocument document, DocumentStatus status, CancellationToken cancellationToken)
    {
        lock (Statuses)
        {
            Statuses.Add((document.Key, status));
        }

        return Task.FromResult(true);
    }
}
