namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// The three Kubernetes API calls the controller makes — list, watch and an annotations merge
/// patch on ConfigMaps — and nothing else, so the RBAC rule stays "configmaps: get, list, watch,
/// patch" and tests can stand in a small server. Failures are <see cref="KubernetesApiException"/>.
/// </summary>
public interface IKubernetesClient
{
    /// <summary>One page of <c>GET /api/v1/[namespaces/{ns}/]configmaps?labelSelector=…&amp;limit=…&amp;continue=…</c>.</summary>
    Task<ConfigMapList> ListConfigMapsAsync(ConfigMapQuery query, string? continueToken, CancellationToken cancellationToken);

    /// <summary>
    /// <c>…&amp;watch=true&amp;resourceVersion=…&amp;allowWatchBookmarks=true&amp;timeoutSeconds=…</c>: the events after
    /// <paramref name="resourceVersion"/> until the server ends the stream. A 410 answer throws
    /// <see cref="KubernetesFailureKind.Gone"/>; a 410 inside the stream arrives as an ERROR event.
    /// </summary>
    IAsyncEnumerable<KubernetesWatchEvent> WatchConfigMapsAsync(ConfigMapQuery query, string resourceVersion, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>
    /// <c>PATCH /api/v1/namespaces/{ns}/configmaps/{name}</c> with a JSON merge patch of
    /// <c>metadata.annotations</c>; a null value removes the annotation.
    /// </summary>
    Task PatchConfigMapAnnotationsAsync(string @namespace, string name, IReadOnlyDictionary<string, string?> annotations, CancellationToken cancellationToken);
}
