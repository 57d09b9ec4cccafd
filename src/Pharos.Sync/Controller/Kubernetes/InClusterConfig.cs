using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// The pod's own service account, as client-go's InClusterConfig reads it: the API server at
/// https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the token and CA the kubelet mounts
/// under /var/run/secrets/kubernetes.io/serviceaccount, and the pod's namespace.
/// </summary>
public static class InClusterConfig
{
    public const string DefaultDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";
    public const string HostVariable = "KUBERNETES_SERVICE_HOST";
    public const string PortVariable = "KUBERNETES_SERVICE_PORT";

    /// <summary>True inside a pod: the service host is set and a token is mounted.</summary>
    public static bool IsAvailable(Func<string, string?> environment, string directory) =>
        !string.IsNullOrEmpty(environment(HostVariable)) && File.Exists(Path.Combine(directory, "token"));

    public static KubernetesConnection? Read(Func<string, string?> environment, string directory, TimeProvider timeProvider, IDiagnosticSink sink)
    {
        var host = environment(HostVariable);
        var port = environment(PortVariable);
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
        {
            sink.Add(ControllerDiagnostics.NotInCluster($"{HostVariable} and {PortVariable} must both be set (the kubelet sets them in every pod)"));
            return null;
        }

        var tokenPath = Path.Combine(directory, "token");
        var caPath = Path.Combine(directory, "ca.crt");
        if (!File.Exists(tokenPath) || !File.Exists(caPath))
        {
            sink.Add(ControllerDiagnostics.NotInCluster($"{(File.Exists(tokenPath) ? caPath : tokenPath)} is missing; is automountServiceAccountToken turned off for the pod?"));
            return null;
        }

        // An IPv6 service address must be bracketed in a URL.
        var hostPart = System.Net.IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
        if (!Uri.TryCreate($"https://{hostPart}:{port}", UriKind.Absolute, out var server))
        {
            sink.Add(ControllerDiagnostics.NotInCluster($"https://{hostPart}:{port} from {HostVariable} and {PortVariable} is not a valid URL"));
            return null;
        }

        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(caPath);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            sink.Add(ControllerDiagnostics.NotInCluster($"{caPath} cannot be read as PEM certificates ({ex.Message.TrimEnd('.')})"));
            return null;
        }

        var namespacePath = Path.Combine(directory, "namespace");
        return new KubernetesConnection(server, "in-cluster service account")
        {
            CertificateAuthorities = [.. authorities],
            Token = new FileBearerToken(tokenPath, timeProvider),
            DefaultNamespace = File.Exists(namespacePath) ? File.ReadAllText(namespacePath).Trim() : null,
        };
    }
}
