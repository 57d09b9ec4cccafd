using Pharos.Core.Diagnostics;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Controller.Support;

namespace Pharos.Sync.Tests.Controller;

/// <summary>Kubeconfig parsing: contexts, token and client-certificate users, CA data and files, and one test per PH155x code.</summary>
public sealed class KubeconfigReaderTests(TestCertificates pki) : IClassFixture<TestCertificates>, IDisposable
{
    private readonly TestCertificates _pki = pki;
    private readonly string _folder = Directory.CreateTempSubdirectory("pharos-kubeconfig-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    private string Path(string name) => System.IO.Path.Combine(_folder, name);

    private string Config(string cluster, string user, string current = "dev") => $"""
        apiVersion: v1
        kind: Config
        current-context: {current}
        contexts:
          - name: dev
            context:
              cluster: dev-cluster
              user: dev-user
              namespace: monitoring
          - name: prod
            context:
              cluster: dev-cluster
              user: prod-user
        clusters:
          - name: dev-cluster
            cluster:
        {cluster}
        users:
          - name: dev-user
            user:
        {user}
          - name: prod-user
            user:
              token: prod-token
        """;

    private string CaData => $"      server: https://10.0.0.1:6443\n      certificate-authority-data: {TestCertificates.Base64(_pki.AuthorityPem)}";

    private (KubernetesConnection? Connection, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, string? context = null)
    {
        var bag = new DiagnosticBag();
        var connection = KubeconfigReader.Read(yaml, Path("config"), context, TimeProvider.System, bag);
        return (connection, bag.ToSortedList());
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, int line, string message)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        Assert.True(d.Message.Contains(message, StringComparison.Ordinal), d.ToString());
        Assert.Equal(line, d.Location!.Line);
        return d;
    }

    [Fact]
    public void Read_TokenUser_UsesTheCurrentContext()
    {
        var (connection, diagnostics) = Read(Config(CaData, "      token: dev-token"));

        Assert.Empty(diagnostics);
        Assert.Equal(new Uri("https://10.0.0.1:6443"), connection!.Server);
        Assert.Equal("dev-token", connection.Token!.GetToken());
        Assert.Equal(_pki.Authority.Thumbprint, Assert.Single(connection.CertificateAuthorities).Thumbprint);
        Assert.Equal("monitoring", connection.DefaultNamespace);
        Assert.Equal($"kubeconfig {Path("config")}, context dev", connection.Description);
        Assert.DoesNotContain("dev-token", connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContextOverride_PicksThatContextsUser()
    {
        var (connection, diagnostics) = Read(Config(CaData, "      token: dev-token"), context: "prod");

        Assert.Empty(diagnostics);
        Assert.Equal("prod-token", connection!.Token!.GetToken());
        Assert.Null(connection.DefaultNamespace);
    }

    [Fact]
    public void Read_ClientCertificateFilesAndCaFile_ResolveRelativeToTheKubeconfig()
    {
        File.WriteAllText(Path("ca.crt"), _pki.AuthorityPem);
        Directory.CreateDirectory(Path("certs"));
        File.WriteAllText(Path("certs/client.crt"), _pki.ClientPem);
        File.WriteAllText(Path("certs/client.key"), _pki.ClientKeyPem);

        var (connection, diagnostics) = Read(Config(
            "      server: https://api.cluster.example:6443\n      certificate-authority: ca.crt\n      tls-server-name: kubernetes",
            "      client-certificate: certs/client.crt\n      client-key: certs/client.key"));

        Assert.Empty(diagnostics);
        Assert.Null(connection!.Token);
        Assert.Equal(_pki.Client.Thumbprint, connection.ClientCertificate!.Thumbprint);
        Assert.True(connection.ClientCertificate.HasPrivateKey);
        Assert.Equal("kubernetes", connection.TlsServerName);
        Assert.Contains("client certificate CN=pharos-sync, O=pharos", connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCertificateAuthority_TrustsTheSystemStore()
    {
        File.WriteAllText(Path("token"), "file-token\n");
        var (connection, diagnostics) = Read(Config("      server: https://api.example:443", "      tokenFile: token"));

        Assert.Empty(diagnostics);
        Assert.Empty(connection!.CertificateAuthorities);
        Assert.Equal("file-token", connection.Token!.GetToken());
    }

    [Fact]
    public void PH1550_kubeconfig_not_found()
    {
        var bag = new DiagnosticBag();
        KubeconfigReader.ReadFile(Path("missing"), null, TimeProvider.System, bag);

        Single(bag.ToSortedList(), "PH1550", 1, $"kubeconfig {Path("missing")} (--kubeconfig) does not exist or cannot be read");
    }

    [Fact]
    public void PH1551_kubeconfig_yaml_syntax() =>
        Single(Read("clusters: [\n").Diagnostics, "PH1551", 2, "the kubeconfig is not valid YAML:");

    [Fact]
    public void PH1552_unknown_context_with_did_you_mean() =>
        Single(Read(Config(CaData, "      token: t", current: "dve")).Diagnostics, "PH1552", 3, "the kubeconfig has no context 'dve'. Did you mean 'dev'? Defined contexts: dev, prod.");

    [Fact]
    public void PH1552_no_current_context() =>
        Single(Read(Config(CaData, "      token: t").Replace("current-context: dev\n", "", StringComparison.Ordinal)).Diagnostics, "PH1552", 1, "the kubeconfig has no current-context");

    [Fact]
    public void PH1553_context_names_an_undefined_cluster() =>
        Single(Read(Config(CaData, "      token: t").Replace("cluster: dev-cluster\n      user: dev-user", "cluster: dev-clustr\n      user: dev-user", StringComparison.Ordinal)).Diagnostics,
            "PH1553", 7, "context 'dev' names cluster 'dev-clustr', which the kubeconfig does not define. Did you mean 'dev-cluster'?");

    [Fact]
    public void PH1554_server_is_not_a_url() =>
        Single(Read(Config("      server: 10.0.0.1:6443", "      token: t")).Diagnostics, "PH1554", 17, "cluster server '10.0.0.1:6443' is not an absolute http or https URL");

    [Fact]
    public void PH1555_certificate_authority_data_is_not_base64() =>
        Single(Read(Config("      server: https://a:1\n      certificate-authority-data: not*base64", "      token: t")).Diagnostics, "PH1555", 18, "'certificate-authority-data' cannot be used: it is not base64");

    [Fact]
    public void PH1555_certificate_authority_without_a_certificate() =>
        Single(Read(Config($"      server: https://a:1\n      certificate-authority-data: {TestCertificates.Base64("hello")}", "      token: t")).Diagnostics, "PH1555", 18, "it holds no PEM certificate");

    [Fact]
    public void PH1556_exec_plugin_is_refused() =>
        Single(Read(Config(CaData, "      exec:\n        command: aws")).Diagnostics, "PH1556", 22, "the kubeconfig uses 'exec', which the sync controller does not support");

    [Fact]
    public void PH1556_insecure_skip_tls_verify_is_refused() =>
        Single(Read(Config("      server: https://a:1\n      insecure-skip-tls-verify: true", "      token: t")).Diagnostics, "PH1556", 18, "'insecure-skip-tls-verify'");

    [Fact]
    public void PH1557_referenced_file_missing() =>
        Single(Read(Config("      server: https://a:1\n      certificate-authority: nowhere/ca.crt", "      token: t")).Diagnostics, "PH1557", 18, $"'certificate-authority' names {Path("nowhere/ca.crt")}, which does not exist");

    [Fact]
    public void PH1558_certificate_without_key() =>
        Single(Read(Config(CaData, $"      client-certificate-data: {TestCertificates.Base64(_pki.ClientPem)}")).Diagnostics, "PH1558", 22, "user 'dev-user' has a client certificate or key but no client-key or client-key-data");

    [Fact]
    public void PH1559_user_without_credentials() =>
        Single(Read(Config(CaData, "      as: someone")).Diagnostics, "PH1559", 22, "user 'dev-user' has neither a token nor a client certificate");

    [Fact]
    public void PH1560_context_without_user() =>
        Single(Read(Config(CaData, "      token: t").Replace("      user: dev-user\n      namespace", "      namespace", StringComparison.Ordinal)).Diagnostics, "PH1560", 7, "kubeconfig field 'contexts[dev].context.user' must be the name of an entry under users");
}
