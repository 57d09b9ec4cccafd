using Pharos.Catalog.Output;
using Pharos.Sync.Controller.Kubernetes;

namespace Pharos.Sync.Controller;

/// <summary>How the Kubernetes source lists and watches.</summary>
public sealed record KubernetesSourceOptions
{
    /// <summary>Seed 001 §8: the generated ConfigMaps of primary Dynatrace targets.</summary>
    public const string DefaultLabelSelector = "monitoring.tool=dynatrace,monitoring.primary=true";

    public string LabelSelector { get; init; } = DefaultLabelSelector;

    /// <summary>One namespace, or null for all (which needs a ClusterRole).</summary>
    public string? Namespace { get; init; }

    public int PageSize { get; init; } = 500;

    /// <summary>The server ends each watch after between this and twice this long (timeoutSeconds); the source resumes from the last resourceVersion.</summary>
    public TimeSpan WatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>
/// Labelled ConfigMaps in Kubernetes, followed the way client-go's reflector does: list (in pages)
/// and remember the list's resourceVersion; watch from it with bookmarks; when a watch ends,
/// resume from the last resourceVersion seen; when the server says 410 Gone (the version left its
/// history window) list again and replace the whole state, since deletions may have been missed.
/// Errors back off exponentially. Status is written back as annotations by JSON merge patch.
/// </summary>
public sealed class KubernetesConfigMapSource(IKubernetesClient client, KubernetesSourceOptions? options = null) : IDesiredStateSource
{
    private readonly KubernetesSourceOptions _options = options ?? new KubernetesSourceOptions();
    private readonly Lock _gate = new();
    private Dictionary<string, SourceDocument> _documents = new(StringComparer.Ordinal);
    private SourceSnapshot? _snapshot;
    private bool _complete;
    private ISourceObserver? _observer;

    public string Description => $"ConfigMaps labelled {_options.LabelSelector} in {(_options.Namespace is null ? "all namespaces" : "namespace " + _options.Namespace)}";

    public bool WritesStatus => true;

    public SourceSnapshot? Current
    {
        get
        {
            lock (_gate)
            {
                return !_complete ? null : _snapshot ??= SourceSnapshot.Create(_documents.Values);
            }
        }
    }

    private ConfigMapQuery Query => new(_options.LabelSelector, _options.Namespace, _options.PageSize);

    public async Task RunAsync(ISourceObserver observer, CancellationToken cancellationToken)
    {
        _observer = observer;
        var backoff = new Backoff(_options.RetryMinDelay, _options.RetryMaxDelay);
        while (!cancellationToken.IsCancellationRequested)
        {
            string resourceVersion;
            try
            {
                resourceVersion = await ListAsync(observer, cancellationToken);
                backoff.Reset();
            }
            catch (KubernetesApiException ex)
            {
                await FailAsync(observer, "listing", ex, backoff, cancellationToken);
                continue;
            }

            await WatchAsync(observer, resourceVersion, backoff, cancellationToken);
        }
    }

    public async Task<bool> WriteStatusAsync(SourceDocument document, DocumentStatus status, CancellationToken cancellationToken)
    {
        if (document.ConfigMap is not { } configMap)
        {
            return true;
        }

        try
        {
            await client.PatchConfigMapAnnotationsAsync(configMap.Namespace, configMap.Name, StatusAnnotations.For(status), cancellationToken);
            return true;
        }
        catch (KubernetesApiException ex) when (ex.Kind == KubernetesFailureKind.NotFound)
        {
            return true; // Deleted meanwhile: there is nothing to report on.
        }
        catch (KubernetesApiException ex)
        {
            _observer?.OnEvent(Event(ControllerEventLevel.Warning, ControllerEventKind.StatusWriteFailed, $"cannot write the status of {configMap.QualifiedName}: {ex.Message}"));
            return false;
        }
    }

    /// <summary>Lists every page and swaps the result in whole; returns the resourceVersion to watch from.</summary>
    private async Task<string> ListAsync(ISourceObserver observer, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        string? next = null;
        string resourceVersion;
        do
        {
            var page = await client.ListConfigMapsAsync(Query, next, cancellationToken);
            foreach (var item in page.Items)
            {
                listed[item.Key] = ToDocument(item);
            }

            // Pages after the first are served from the first one's snapshot; its version is the list's.
            resourceVersion = page.ResourceVersion;
            next = page.Continue;
        }
        while (next is not null);

        bool changed;
        lock (_gate)
        {
            changed = !_complete || listed.Count != _documents.Count
                || listed.Any(d => !_documents.TryGetValue(d.Key, out var old) || old.ContentHash != d.Value.ContentHash);
            _documents = listed;
            _complete = true;
            _snapshot = null;
        }

        observer.OnEvent(Event(ControllerEventLevel.Info, ControllerEventKind.SourceSynced, $"listed {listed.Count} ConfigMaps labelled {_options.LabelSelector} at resourceVersion {resourceVersion}"));
        if (changed)
        {
            observer.OnChanged();
        }

        return resourceVersion;
    }

    /// <summary>Watches (resuming after each normal end) until the state must be listed again.</summary>
    private async Task WatchAsync(ISourceObserver observer, string resourceVersion, Backoff backoff, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                // Spread watch ends over [timeout, 2·timeout), as client-go does, so many watchers do not reconnect in lockstep.
                var timeout = _options.WatchTimeout * (1 + Random.Shared.NextDouble());
                await foreach (var e in client.WatchConfigMapsAsync(Query, resourceVersion, timeout, cancellationToken))
                {
                    if (e.Type == WatchEventType.Error)
                    {
                        var status = e.Status!;
                        if (status.Code == 410)
                        {
                            observer.OnEvent(Event(ControllerEventLevel.Info, ControllerEventKind.Relisting, $"resourceVersion {resourceVersion} expired ({status.Message}); listing again"));
                            return;
                        }

                        throw new KubernetesApiException(KubernetesApiException.KindOf(status.Code), $"the watch reported {status.Code} {status.Reason}: {status.Message}", status.Code);
                    }

                    resourceVersion = Apply(e, observer) ?? resourceVersion;
                    backoff.Reset();
                }

                observer.OnEvent(Event(ControllerEventLevel.Info, ControllerEventKind.WatchResumed, $"watch ended; resuming from resourceVersion {resourceVersion}"));
            }
            catch (KubernetesApiException ex) when (ex.Kind == KubernetesFailureKind.Gone)
            {
                observer.OnEvent(Event(ControllerEventLevel.Info, ControllerEventKind.Relisting, $"resourceVersion {resourceVersion} expired ({ex.Message}); listing again"));
                return;
            }
            catch (KubernetesApiException ex)
            {
                await FailAsync(observer, "watching", ex, backoff, cancellationToken);
                if (ex.Kind == KubernetesFailureKind.Protocol)
                {
                    return; // A garbled stream may have lost events: only a fresh list is trustworthy.
                }
            }
        }
    }

    /// <summary>Applies one event; returns the resourceVersion to resume from.</summary>
    private string? Apply(KubernetesWatchEvent e, ISourceObserver observer)
    {
        if (e.Type == WatchEventType.Bookmark || e.ConfigMap is not { } configMap)
        {
            return e.ResourceVersion;
        }

        bool changed;
        lock (_gate)
        {
            if (e.Type == WatchEventType.Deleted)
            {
                changed = _documents.Remove(configMap.Key);
            }
            else
            {
                var document = ToDocument(configMap);
                // Status write-backs change only annotations: same content hash, no change.
                changed = !_documents.TryGetValue(configMap.Key, out var old) || old.ContentHash != document.ContentHash;
                _documents[configMap.Key] = document;
            }

            if (changed)
            {
                _snapshot = null;
            }
        }

        if (changed)
        {
            observer.OnChanged();
        }

        return string.IsNullOrEmpty(configMap.ResourceVersion) ? null : configMap.ResourceVersion;
    }

    private async Task FailAsync(ISourceObserver observer, string doing, KubernetesApiException ex, Backoff backoff, CancellationToken cancellationToken)
    {
        var delay = ex.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? Min(retryAfter, _options.RetryMaxDelay) : backoff.Next();
        observer.OnEvent(Event(ControllerEventLevel.Warning, ControllerEventKind.SourceError, $"{doing} ConfigMaps failed ({ex.Kind}): {ex.Message}; retrying in {delay.TotalSeconds:0.#} s"));
        await Task.Delay(delay, _options.TimeProvider, cancellationToken);
    }

    internal static SourceDocument ToDocument(KubernetesConfigMap configMap)
    {
        var json = configMap.Data.GetValueOrDefault(ApplicationJsonReader.DataKey);
        var labels = string.Join('\n', configMap.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));
        var hash = SourceSnapshot.HashOf(configMap.Namespace, configMap.Name, labels, json);
        return new SourceDocument(configMap.Key, GeneratedConfigMap.FromApi(configMap.Namespace, configMap.Name, configMap.Labels, json), [], hash);
    }

    private ControllerEvent Event(ControllerEventLevel level, ControllerEventKind kind, string message) =>
        new(_options.TimeProvider.GetUtcNow(), level, kind, message);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
