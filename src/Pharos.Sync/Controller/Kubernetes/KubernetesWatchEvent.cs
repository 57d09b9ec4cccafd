namespace Pharos.Sync.Controller.Kubernetes;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
    Error,
}

/// <summary>
/// One line of a watch stream. ADDED/MODIFIED/DELETED carry the ConfigMap (for DELETED its last
/// state); BOOKMARK carries only a resourceVersion to resume from; ERROR carries a Status, whose
/// code 410 means the requested resourceVersion is too old and the client must list again.
/// </summary>
public sealed record KubernetesWatchEvent(WatchEventType Type, KubernetesConfigMap? ConfigMap, string? ResourceVersion, KubernetesStatus? Status);

/// <summary>The API server's Status object (kind: Status), as sent with errors and ERROR watch events.</summary>
public sealed record KubernetesStatus(int Code, string Reason, string Message);
