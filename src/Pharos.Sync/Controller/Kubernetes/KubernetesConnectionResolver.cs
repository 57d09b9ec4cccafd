using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>What the command line says about reaching Kubernetes; the defaults find the pod's service account or ~/.kube/config.</summary>
public sealed record KubernetesConnectionRequest
{
    /// <summary>An explicit kubeconfig (--kubeconfig); it wins over everything else.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>A context other than the kubeconfig's current-context (--context).</summary>
    public string? Context { get; init; }

    /// <summary>true: only the in-cluster service account; false: never it; null: it when running in a pod.</summary>
    public bool? InCluster { get; init; }

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public string ServiceAccountDirectory { get; init; } = InClusterConfig.DefaultDirectory;

    public string HomeDirectory { get; init; } = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>
/// Picks how to reach Kubernetes the way kubectl and client-go do: an explicit kubeconfig; else the
/// in-cluster service account when running in a pod; else $KUBECONFIG (its first file); else
/// ~/.kube/config.
/// </summary>
public static class KubernetesConnectionResolver
{
    public static KubernetesConnection? Resolve(KubernetesConnectionRequest request, IDiagnosticSink sink)
    {
        if (request.Kubeconfig is { } explicitPath)
        {
            return KubeconfigReader.ReadFile(explicitPath, request.Context, request.TimeProvider, sink);
        }

        var inPod = InClusterConfig.IsAvailable(request.Environment, request.ServiceAccountDirectory);
        if (request.InCluster == true || (request.InCluster is null && inPod && request.Context is null))
        {
            return InClusterConfig.Read(request.Environment, request.ServiceAccountDirectory, request.TimeProvider, sink);
        }

        var fromVariable = request.Environment("KUBECONFIG")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (fromVariable is not null)
        {
            return KubeconfigReader.ReadFile(fromVariable, request.Context, request.TimeProvider, sink, "from KUBECONFIG");
        }

        var home = Path.Combine(request.HomeDirectory, ".kube", "config");
        if (!File.Exists(home))
        {
            sink.Add(ControllerDiagnostics.NoKubernetesConfiguration(home));
            return null;
        }

        return KubeconfigReader.ReadFile(home, request.Context, request.TimeProvider, sink, "the default ~/.kube/config");
    }
}
