using Pharos.Core.Diagnostics;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Controller.Support;

namespace Pharos.Sync.Tests.Controller;

/// <summary>In-cluster detection and the order kubectl uses: --kubeconfig, the pod's service account, $KUBECONFIG, ~/.kube/config.</summary>
public sealed class KubernetesConnectionResolverTests(TestCertificates pki) : IClassFixture<TestCertificates>, IDisposable
{
    private readonly TestCertificates _pki = pki;
    private readonly string _folder = Directory.CreateTempSubdirectory("pharos-resolver-").FullName;
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    private string ServiceAccount => Path.Combine(_folder, "serviceaccount");

    private string Home => Path.Combine(_folder, "home");

    private void MountServiceAccount(bool withCa = true)
    {
        Directory.CreateDirectory(ServiceAccount);
        File.WriteAllText(Path.Combine(ServiceAccount, "token"), "pod-token\n");
        File.WriteAllText(Path.Combine(ServiceAccount, "namespace"), "pharos-system\n");
        if (withCa)
        {
            File.WriteAllText(Path.Combine(ServiceAccount, "ca.crt"), _pki.AuthorityPem);
        }
    }

    private string WriteKubeconfig(string path, string token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            current-context: c
            contexts: [{"{"}name: c, context: {"{"}cluster: k, user: u{"}"}{"}"}]
            clusters: [{"{"}name: k, cluster: {"{"}server: "https://k8s.example:6443"{"}"}{"}"}]
            users: [{"{"}name: u, user: {"{"}token: {token}{"}"}{"}"}]
            """);
        return path;
    }

    private (KubernetesConnection? Connection, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string? kubeconfig = null, bool? inCluster = null)
    {
        var bag = new DiagnosticBag();
        var connection = KubernetesConnectionResolver.Resolve(new KubernetesConnectionRequest
        {
            Kubeconfig = kubeconfig,
            InCluster = inCluster,
            Environment = name => _environment.GetValueOrDefault(name),
            ServiceAccountDirectory = ServiceAccount,
            HomeDirectory = Home,
        }, bag);
        return (connection, bag.ToSortedList());
    }

    [Fact]
    public void Resolve_InAPod_UsesTheServiceAccount()
    {
        MountServiceAccount();
        _environment["KUBERNETES_SERVICE_HOST"] = "10.96.0.1";
        _environment["KUBERNETES_SERVICE_PORT"] = "443";
        WriteKubeconfig(Path.Combine(Home, ".kube", "config"), "home-token");

        var (connection, diagnostics) = Resolve();

        Assert.Empty(diagnostics);
        Assert.Equal(new Uri("https://10.96.0.1:443"), connection!.Server);
        Assert.Equal("in-cluster service account", connection.Description);
        Assert.Equal("pod-token", connection.Token!.GetToken());
        Assert.IsType<FileBearerToken>(connection.Token);
        Assert.Equal("pharos-system", connection.DefaultNamespace);
        Assert.Equal(_pki.Authority.Thumbprint, Assert.Single(connection.CertificateAuthorities).Thumbprint);
    }

    [Fact]
    public void Resolve_Ipv6ServiceHost_IsBracketed()
    {
        MountServiceAccount();
        _environment["KUBERNETES_SERVICE_HOST"] = "fd00:10:96::1";
        _environment["KUBERNETES_SERVICE_PORT"] = "6443";

        Assert.Equal("https://[fd00:10:96::1]:6443/", Resolve().Connection!.Server.ToString());
    }

    [Fact]
    public void Resolve_OutsideAPod_UsesKubeconfigVariableThenHome()
    {
        var fromVariable = WriteKubeconfig(Path.Combine(_folder, "a", "config"), "variable-token");
        WriteKubeconfig(Path.Combine(Home, ".kube", "config"), "home-token");

        _environment["KUBECONFIG"] = fromVariable + Path.PathSeparator + Path.Combine(_folder, "b");
        Assert.Equal("variable-token", Resolve().Connection!.Token!.GetToken());
        _environment.Remove("KUBECONFIG");
        Assert.Equal("home-token", Resolve().Connection!.Token!.GetToken());
    }

    [Fact]
    public void Resolve_ExplicitKubeconfig_WinsInsideAPod()
    {
        MountServiceAccount();
        _environment["KUBERNETES_SERVICE_HOST"] = "10.96.0.1";
        _environment["KUBERNETES_SERVICE_PORT"] = "443";

        var (connection, _) = Resolve(kubeconfig: WriteKubeconfig(Path.Combine(_folder, "explicit"), "explicit-token"));

        Assert.Equal("explicit-token", connection!.Token!.GetToken());
    }

    [Fact]
    public void PH1561_in_cluster_requested_outside_a_pod()
    {
        var (connection, diagnostics) = Resolve(inCluster: true);

        Assert.Null(connection);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PH1561", d.Code);
        Assert.Contains("cannot use the in-cluster service account: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PH1561_service_account_without_ca()
    {
        MountServiceAccount(withCa: false);
        _environment["KUBERNETES_SERVICE_HOST"] = "10.96.0.1";
        _environment["KUBERNETES_SERVICE_PORT"] = "443";

        var d = Assert.Single(Resolve().Diagnostics);

        Assert.Equal("PH1561", d.Code);
        Assert.Contains($"{Path.Combine(ServiceAccount, "ca.crt")} is missing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PH1562_no_configuration_at_all()
    {
        var (connection, diagnostics) = Resolve();

        Assert.Null(connection);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PH1562", d.Code);
        Assert.Contains($"not running in a cluster (KUBERNETES_SERVICE_HOST is not set) and there is no kubeconfig at {Path.Combine(Home, ".kube", "config")}", d.Message, StringComparison.Ordinal);
    }
}
