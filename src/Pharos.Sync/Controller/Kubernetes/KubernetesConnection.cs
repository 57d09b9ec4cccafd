using System.Security.Cryptography.X509Certificates;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// How to reach one Kubernetes API server: its URL, the certificate authorities that may sign its
/// certificate (none = the system's trust store), and either a bearer token or a client
/// certificate. Built by <see cref="KubernetesConnectionResolver"/>. ToString never shows secrets.
/// </summary>
public sealed class KubernetesConnection
{
    public KubernetesConnection(Uri server, string description)
    {
        Server = server;
        Description = description;
    }

    public Uri Server { get; }

    /// <summary>Where the settings came from, for messages: "in-cluster service account" or "kubeconfig ~/.kube/config, context kind-dev".</summary>
    public string Description { get; }

    public IReadOnlyList<X509Certificate2> CertificateAuthorities { get; init; } = [];

    public X509Certificate2? ClientCertificate { get; init; }

    public IBearerTokenSource? Token { get; init; }

    /// <summary>The context's (or the pod's) namespace; the controller watches all namespaces unless told otherwise.</summary>
    public string? DefaultNamespace { get; init; }

    /// <summary>The host name expected in the server certificate when it differs from the URL's (kubeconfig tls-server-name).</summary>
    public string? TlsServerName { get; init; }

    public override string ToString()
    {
        var auth = Token is not null ? "bearer token" : ClientCertificate is not null ? $"client certificate {ClientCertificate.Subject}" : "no credentials";
        return $"{Server} ({Description}; {auth})";
    }
}
