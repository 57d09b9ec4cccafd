using Microsoft.AspNetCore.Server.Kestrel.Https;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Controller.Support;

namespace Pharos.Sync.Tests.Controller;

/// <summary>The real HTTP client: TLS trust from the kubeconfig's CA, client certificates, token rotation, failure kinds.</summary>
public sealed class KubernetesHttpClientTests : IDisposable
{
    private static readonly ConfigMapQuery Query = new("monitoring.tool=dynatrace");
    private readonly TestCertificates _pki = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("pharos-k8s-client-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    private Task<FakeKubernetesApiServer> StartTlsAsync(bool requireClientCertificate) =>
        FakeKubernetesApiServer.StartAsync(https =>
        {
            https.ServerCertificate = _pki.Server;
            if (requireClientCertificate)
            {
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (certificate, _, _) => certificate.Thumbprint == _pki.Client.Thumbprint;
            }
        });

    private KubernetesConnection FromKubeconfig(string yaml)
    {
        var bag = new DiagnosticBag();
        var connection = KubeconfigReader.Read(yaml, Path.Combine(_folder, "config"), null, TimeProvider.System, bag);
        Assert.Empty(bag.ToSortedList());
        return connection!;
    }

    private string Kubeconfig(Uri server, string user) => $"""
        apiVersion: v1
        kind: Config
        current-context: test
        contexts:
          - name: test
            context: {"{"} cluster: test, user: test {"}"}
        clusters:
          - name: test
            cluster:
              server: {server}
              certificate-authority-data: {TestCertificates.Base64(_pki.AuthorityPem)}
        users:
          - name: test
            user:
        {user}
        """;

    [Fact]
    public async Task List_OverTlsWithTheKubeconfigCaAndToken_Succeeds()
    {
        await using var server = await StartTlsAsync(requireClientCertificate: false);
        server.Put("ns", "a", new Dictionary<string, string> { ["monitoring.tool"] = "dynatrace" }, new Dictionary<string, string> { ["application.json"] = "{}" });
        using var client = new KubernetesHttpClient(FromKubeconfig(Kubeconfig(server.Url, $"      token: {FakeKubernetesApiServer.Token}")));

        var list = await client.ListConfigMapsAsync(Query, null, CancellationToken.None);

        Assert.Equal("ns/a", Assert.Single(list.Items).Key);
        Assert.Equal(server.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), list.ResourceVersion);
    }

    [Fact]
    public async Task List_WithAClientCertificate_AuthenticatesByCertificate()
    {
        await using var server = await StartTlsAsync(requireClientCertificate: true);
        server.AcceptedToken = null;
        var user = $"      client-certificate-data: {TestCertificates.Base64(_pki.ClientPem)}\n      client-key-data: {TestCertificates.Base64(_pki.ClientKeyPem)}";
        var connection = FromKubeconfig(Kubeconfig(server.Url, user));
        using var client = new KubernetesHttpClient(connection);

        var list = await client.ListConfigMapsAsync(Query, null, CancellationToken.None);

        Assert.Empty(list.Items);
        Assert.Null(connection.Token);
        Assert.Equal(_pki.Client.Thumbprint, connection.ClientCertificate!.Thumbprint);
        Assert.True(connection.ClientCertificate.HasPrivateKey);
    }

    [Fact]
    public async Task List_ServerCertificateFromAnotherAuthority_IsATransportFailure()
    {
        await using var server = await StartTlsAsync(requireClientCertificate: false);
        using var otherPki = new TestCertificates();
        var connection = new KubernetesConnection(server.Url, "test") { CertificateAuthorities = [otherPki.Authority], Token = new StaticBearerToken(FakeKubernetesApiServer.Token) };
        using var client = new KubernetesHttpClient(connection);

        var failure = await Assert.ThrowsAsync<KubernetesApiException>(() => client.ListConfigMapsAsync(Query, null, CancellationToken.None));

        Assert.Equal(KubernetesFailureKind.Transport, failure.Kind);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task List_RotatedServiceAccountToken_IsReadAgainAfterA401()
    {
        await using var server = await FakeKubernetesApiServer.StartAsync();
        var tokenFile = Path.Combine(_folder, "token");
        File.WriteAllText(tokenFile, "old-token\n");
        var token = new FileBearerToken(tokenFile, TimeProvider.System);
        Assert.Equal("old-token", token.GetToken());
        File.WriteAllText(tokenFile, FakeKubernetesApiServer.Token + "\n");
        using var client = new KubernetesHttpClient(new KubernetesConnection(server.Url, "in-cluster service account") { Token = token });

        await client.ListConfigMapsAsync(Query, null, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain(FakeKubernetesApiServer.Token, token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_RejectedToken_SaysWhichCredentialsWithoutShowingThem()
    {
        await using var server = await FakeKubernetesApiServer.StartAsync();
        server.AcceptedToken = "the-right-one";
        var connection = new KubernetesConnection(server.Url, "kubeconfig ~/.kube/config, context dev") { Token = new StaticBearerToken("s3cr3t-bearer-value") };
        using var client = new KubernetesHttpClient(connection);

        var failure = await Assert.ThrowsAsync<KubernetesApiException>(() => client.ListConfigMapsAsync(Query, null, CancellationToken.None));

        Assert.Equal((KubernetesFailureKind.Unauthorized, 401), (failure.Kind, failure.StatusCode));
        Assert.Contains("GET /api/v1/configmaps?labelSelector=monitoring.tool%3Ddynatrace&limit=500: HTTP 401 Unauthorized", failure.Message, StringComparison.Ordinal);
        Assert.Contains("credentials of kubeconfig ~/.kube/config, context dev were rejected", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-bearer-value", failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-bearer-value", connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_TooOldAsHttpStatus_IsGone()
    {
        await using var server = await FakeKubernetesApiServer.StartAsync();
        server.GoneAsErrorEvent = false;
        server.Put("ns", "a", new Dictionary<string, string>(), new Dictionary<string, string>());
        server.Compact();
        using var client = new KubernetesHttpClient(new KubernetesConnection(server.Url, "test") { Token = new StaticBearerToken(FakeKubernetesApiServer.Token) });

        var failure = await Assert.ThrowsAsync<KubernetesApiException>(async () =>
        {
            await foreach (var _ in client.WatchConfigMapsAsync(Query, "5", TimeSpan.FromSeconds(5), CancellationToken.None))
            {
            }
        });

        Assert.Equal(KubernetesFailureKind.Gone, failure.Kind);
        Assert.Contains("too old resource version: 5", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_ServerTimeout_EndsTheStreamNormally()
    {
        await using var server = await FakeKubernetesApiServer.StartAsync();
        server.Put("ns", "a", new Dictionary<string, string> { ["monitoring.tool"] = "dynatrace" }, new Dictionary<string, string>());
        using var client = new KubernetesHttpClient(new KubernetesConnection(server.Url, "test") { Token = new StaticBearerToken(FakeKubernetesApiServer.Token) });
        var from = (server.ResourceVersion - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var events = new List<KubernetesWatchEvent>();
        await foreach (var e in client.WatchConfigMapsAsync(Query, from, TimeSpan.FromSeconds(1), CancellationToken.None))
        {
            events.Add(e);
        }

        var added = Assert.Single(events);
        Assert.Equal(WatchEventType.Added, added.Type);
        Assert.Equal("ns/a", added.ConfigMap!.Key);
        Assert.Contains("timeoutSeconds=1", server.Requests[^1], StringComparison.Ordinal);
    }
}
