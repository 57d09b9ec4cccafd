namespace Pharos.Sync.Controller;

/// <summary>
/// Where the controller finds the desired state: a generated folder (<see cref="DirectorySource"/>)
/// or labelled ConfigMaps in Kubernetes (<see cref="KubernetesConfigMapSource"/>). A source keeps
/// its snapshot current while <see cref="RunAsync"/> runs and tells the observer when the content
/// changed; <see cref="Current"/> stays null until the first complete read, so the controller never
/// reconciles a half-listed cluster (which would delete the objects of everything not yet listed).
/// </summary>
public interface IDesiredStateSource
{
    /// <summary>For messages: "folder out/generated" or "ConfigMaps labelled monitoring.tool=dynatrace,… in all namespaces".</summary>
    string Description { get; }

    /// <summary>The latest complete snapshot, or null before the first one.</summary>
    SourceSnapshot? Current { get; }

    /// <summary>Whether <see cref="WriteStatusAsync"/> records anything (ConfigMaps in Kubernetes do; files do not).</summary>
    bool WritesStatus { get; }

    /// <summary>Reads, then follows changes until cancelled; recoverable failures are reported to the observer and retried, never thrown.</summary>
    Task RunAsync(ISourceObserver observer, CancellationToken cancellationToken);

    /// <summary>Records a document's sync status where its owners can see it; false when it could not (it is tried again after the next reconcile).</summary>
    Task<bool> WriteStatusAsync(SourceDocument document, DocumentStatus status, CancellationToken cancellationToken);
}

/// <summary>What a source tells the controller while it runs.</summary>
public interface ISourceObserver
{
    /// <summary>The content changed (or the first complete read finished): <see cref="IDesiredStateSource.Current"/> is newer.</summary>
    void OnChanged();

    void OnEvent(ControllerEvent controllerEvent);
}
