using System.Threading.Channels;

namespace Pharos.Sync.Controller;

/// <summary>
/// <c>pharos sync --watch</c>: follows a desired-state source and reconciles Dynatrace with it.
/// Changes are debounced into one reconcile; reconciles run one at a time on this loop (a change
/// during a reconcile schedules the next); a failed reconcile is retried with backoff, and every
/// <see cref="SyncControllerOptions.ResyncInterval"/> a reconcile runs even without changes. After
/// each reconcile every ConfigMap's status is written back (annotations, only when it changed).
/// Cancelling the token stops the loop and the source; <see cref="RunAsync"/> then returns normally.
/// </summary>
public sealed class SyncController
{
    private readonly IDesiredStateSource _source;
    private readonly IReconciler _reconciler;
    private readonly SyncControllerOptions _options;
    private readonly TimeProvider _time;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly DesiredStateBuilder _builder = new();
    private readonly StatusWriter _status;
    private readonly Backoff _retry;
    private long _lastChangeTicks;
    private int _running;
    private string? _reconciledFingerprint;
    private string? _refusedFingerprint;

    public SyncController(IDesiredStateSource source, IReconciler reconciler, SyncControllerOptions? options = null)
    {
        _source = source;
        _reconciler = reconciler;
        _options = options ?? new SyncControllerOptions();
        _time = _options.TimeProvider;
        _retry = new Backoff(_options.RetryMinDelay, _options.RetryMaxDelay);
        _status = new StatusWriter(source, _options, Emit);
    }

    public ControllerHealth Health => _options.Health;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("this SyncController is already running; create one controller per loop");
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sourceTask = Task.Run(() => _source.RunAsync(new Observer(this), stopping.Token), CancellationToken.None);
        Health.Running(true);
        try
        {
            await LoopAsync(sourceTask, stopping.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: a normal end.
        }
        finally
        {
            await stopping.CancelAsync();
            Health.Running(false);
            await StopSourceAsync(sourceTask, cancellationToken);
            Emit(ControllerEventLevel.Info, ControllerEventKind.Stopped, $"stopped following {_source.Description}");
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task LoopAsync(Task sourceTask, CancellationToken cancellationToken)
    {
        DateTimeOffset? forcedAt = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = await WaitAsync(sourceTask, forcedAt, cancellationToken);
            if (sourceTask.IsCompleted)
            {
                await sourceTask; // Surfaces a source that crashed; a source only ends by itself on cancellation.
                return;
            }

            if (changed)
            {
                await DebounceAsync(cancellationToken);
            }

            if (_source.Current is not { } snapshot)
            {
                continue;
            }

            Health.SourceReady();
            var forced = forcedAt is { } due && _time.GetUtcNow() >= due;
            if (snapshot.Fingerprint == _reconciledFingerprint && !forced)
            {
                continue;
            }

            if (snapshot.Documents.Count == 0 && !_options.AllowEmptyDesiredState)
            {
                Refuse(snapshot);
                forcedAt = null;
                continue;
            }

            var succeeded = await ReconcileAsync(snapshot, cancellationToken);
            forcedAt = _time.GetUtcNow() + (succeeded ? _options.ResyncInterval : _retry.Next());
            if (succeeded)
            {
                _retry.Reset();
            }
        }
    }

    private async Task<bool> ReconcileAsync(SourceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var built = _builder.Build(snapshot);
        foreach (var (key, errors) in built.NewlyInvalid)
        {
            var kept = built.TargetsByKey.ContainsKey(key) ? "its last good content stays in effect" : "it is left out, and its service's objects are not pruned";
            Emit(ControllerEventLevel.Warning, ControllerEventKind.DocumentInvalid, $"{key} cannot be read ({kept}): {string.Join("; ", errors.Select(e => e.ToString()))}");
        }

        Emit(ControllerEventLevel.Info, ControllerEventKind.ReconcileStarted, $"reconciling {built.State.Targets.Count} targets from {snapshot.Documents.Count} ConfigMaps ({built.State.Withheld.Count} withheld)");
        ReconcileOutcome outcome;
        try
        {
            outcome = await _reconciler.ReconcileAsync(built.State, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            outcome = ReconcileOutcome.Failed($"the reconcile failed with {ex.GetType().Name}: {ex.Message}");
        }

        var now = _time.GetUtcNow();
        var succeeded = outcome.Error is null;
        Health.Reconciled(now, succeeded);
        if (succeeded)
        {
            _reconciledFingerprint = snapshot.Fingerprint;
            var failures = outcome.Failures.Count + outcome.Diagnostics.Count(d => d.IsError);
            Emit(failures == 0 ? ControllerEventLevel.Info : ControllerEventLevel.Warning, ControllerEventKind.ReconcileSucceeded,
                failures == 0 ? "reconciled" : $"reconciled, with {failures} targets or items failing");
        }
        else
        {
            Emit(ControllerEventLevel.Error, ControllerEventKind.ReconcileFailed, $"{outcome.Error}; retrying");
        }

        await _status.WriteAsync(built, outcome, now, cancellationToken);
        return succeeded && outcome.Succeeded;
    }

    private void Refuse(SourceSnapshot snapshot)
    {
        if (_refusedFingerprint != snapshot.Fingerprint)
        {
            _refusedFingerprint = snapshot.Fingerprint;
            Emit(ControllerEventLevel.Warning, ControllerEventKind.ReconcileRefused,
                $"{_source.Description} holds no ConfigMaps; not reconciling, because that would delete every object Pharos owns. Check the label selector, namespace or folder, or allow an empty desired state explicitly.");
        }
    }

    /// <summary>Waits for a change, the forced-reconcile time, or the source ending; true when woken by a change.</summary>
    private async Task<bool> WaitAsync(Task sourceTask, DateTimeOffset? forcedAt, CancellationToken cancellationToken)
    {
        if (_changes.Reader.TryRead(out _))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var change = _changes.Reader.WaitToReadAsync(wait.Token).AsTask();
        var tasks = new List<Task> { change, sourceTask };
        if (forcedAt is { } due)
        {
            tasks.Add(Task.Delay(Max(due - _time.GetUtcNow(), TimeSpan.Zero), _time, wait.Token));
        }

        var first = await Task.WhenAny(tasks);
        await wait.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == change && _changes.Reader.TryRead(out _);
    }

    /// <summary>Waits until changes have been quiet for the debounce delay, or the maximum delay since the first has passed.</summary>
    private async Task DebounceAsync(CancellationToken cancellationToken)
    {
        var start = _time.GetUtcNow();
        while (true)
        {
            _changes.Reader.TryRead(out _);
            var lastChange = new DateTimeOffset(Interlocked.Read(ref _lastChangeTicks), TimeSpan.Zero);
            var until = Min(Max(lastChange, start) + _options.DebounceDelay, start + _options.MaxDebounceDelay);
            var remaining = until - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, _time, cancellationToken);
        }
    }

    private async Task StopSourceAsync(Task sourceTask, CancellationToken cancellationToken)
    {
        try
        {
            await sourceTask;
        }
        catch (OperationCanceledException)
        {
            // The source stopped because we cancelled it.
        }
        catch (Exception ex)
        {
            // A crash while running was already thrown by the loop; one while stopping is only worth a note.
            if (cancellationToken.IsCancellationRequested)
            {
                Emit(ControllerEventLevel.Warning, ControllerEventKind.SourceError, $"{_source.Description} failed while stopping: {ex.Message}");
            }
        }
    }

    private void Emit(ControllerEventLevel level, ControllerEventKind kind, string message) =>
        _options.OnEvent?.Invoke(new ControllerEvent(_time.GetUtcNow(), level, kind, message));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed class Observer(SyncController controller) : ISourceObserver
    {
        public void OnChanged()
        {
            Interlocked.Exchange(ref controller._lastChangeTicks, controller._time.GetUtcNow().UtcTicks);
            controller._changes.Writer.TryWrite(true);
        }

        public void OnEvent(ControllerEvent controllerEvent) => controller._options.OnEvent?.Invoke(controllerEvent);
    }
}
