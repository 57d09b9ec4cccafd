using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// <see cref="IKubernetesClient"/> over HttpClient: the API server's URL and TLS trust from a
/// <see cref="KubernetesConnection"/>, a bearer token read per request (and re-read after a 401,
/// because service-account tokens rotate) or a client certificate. Watches stream line by line and
/// give up on a silent connection a little after the server's own timeout. Nothing is logged;
/// exception messages carry method, path and the server's Status, never headers.
/// </summary>
public sealed class KubernetesHttpClient : IKubernetesClient, IDisposable
{
    private static readonly TimeSpan WatchGrace = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;
    private readonly KubernetesConnection _connection;
    private readonly TimeSpan _requestTimeout;

    public KubernetesHttpClient(KubernetesConnection connection, TimeSpan? requestTimeout = null)
        : this(connection, CreateHandler(connection), requestTimeout)
    {
    }

    internal KubernetesHttpClient(KubernetesConnection connection, HttpMessageHandler handler, TimeSpan? requestTimeout)
    {
        _connection = connection;
        _requestTimeout = requestTimeout ?? TimeSpan.FromSeconds(60);
        var server = connection.Server.ToString();
        _http = new HttpClient(handler, disposeHandler: true)
        {
            // A server URL may carry a path (a proxy such as Rancher's /k8s/clusters/<id>); keep it.
            BaseAddress = new Uri(server.EndsWith('/') ? server : server + "/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("pharos-sync-controller/" + (typeof(KubernetesHttpClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>TLS as the connection says: only its certificate authorities are trusted when it names any, and its client certificate is offered.</summary>
    public static SocketsHttpHandler CreateHandler(KubernetesConnection connection)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            AutomaticDecompression = DecompressionMethods.GZip,
        };
        if (connection.CertificateAuthorities.Count > 0)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.AddRange(connection.CertificateAuthorities.ToArray());
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        if (connection.ClientCertificate is { } certificate)
        {
            handler.SslOptions.ClientCertificates = [certificate];
        }

        if (connection.TlsServerName is { } serverName)
        {
            handler.SslOptions.TargetHost = serverName;
        }

        return handler;
    }

    public async Task<ConfigMapList> ListConfigMapsAsync(ConfigMapQuery query, string? continueToken, CancellationToken cancellationToken)
    {
        var path = Collection(query) + Query(("labelSelector", query.LabelSelector), ("limit", query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("continue", continueToken));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        using var response = await SendAsync(HttpMethod.Get, path, null, HttpCompletionOption.ResponseContentRead, timeout.Token, cancellationToken);
        await EnsureSuccessAsync(response, HttpMethod.Get, path, timeout.Token);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: timeout.Token);
            return KubernetesJson.ReadList(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new KubernetesApiException(KubernetesFailureKind.Protocol, $"GET {path}: the answer is not JSON ({ex.Message})", inner: ex);
        }
    }

    public async IAsyncEnumerable<KubernetesWatchEvent> WatchConfigMapsAsync(
        ConfigMapQuery query, string resourceVersion, TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = Collection(query) + Query(
            ("labelSelector", query.LabelSelector), ("watch", "true"), ("resourceVersion", resourceVersion),
            ("allowWatchBookmarks", "true"), ("timeoutSeconds", seconds));

        // The server ends the stream after timeoutSeconds; a connection that stays silent well past
        // that is dead (a half-open TCP connection never errors by itself).
        using var watchdog = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        watchdog.CancelAfter(timeout + WatchGrace);
        using var response = await SendAsync(HttpMethod.Get, path, null, HttpCompletionOption.ResponseHeadersRead, watchdog.Token, cancellationToken);
        await EnsureSuccessAsync(response, HttpMethod.Get, path, watchdog.Token);
        await using var stream = await response.Content.ReadAsStreamAsync(watchdog.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await ReadLineAsync(reader, path, watchdog.Token, cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return KubernetesJson.ReadWatchEvent(line);
            }
        }
    }

    public async Task PatchConfigMapAnnotationsAsync(string @namespace, string name, IReadOnlyDictionary<string, string?> annotations, CancellationToken cancellationToken)
    {
        var path = $"api/v1/namespaces/{Uri.EscapeDataString(@namespace)}/configmaps/{Uri.EscapeDataString(name)}";
        var content = new StringContent(KubernetesJson.AnnotationsPatch(annotations), Encoding.UTF8);
        // Exactly the merge-patch media type: the API server picks the patch strategy from it.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        using var response = await SendAsync(HttpMethod.Patch, path, content, HttpCompletionOption.ResponseContentRead, timeout.Token, cancellationToken);
        await EnsureSuccessAsync(response, HttpMethod.Patch, path, timeout.Token);
    }

    public void Dispose() => _http.Dispose();

    private static string Collection(ConfigMapQuery query) =>
        query.Namespace is null ? "api/v1/configmaps" : $"api/v1/namespaces/{Uri.EscapeDataString(query.Namespace)}/configmaps";

    private static string Query(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken token, CancellationToken caller)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content };
            Authorize(request, method, path);
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, completion, token);
            }
            catch (OperationCanceledException ex) when (!caller.IsCancellationRequested)
            {
                throw new KubernetesApiException(KubernetesFailureKind.Timeout, $"{method} {Display(path)}: no answer from {_connection.Server} in time", inner: ex);
            }
            catch (HttpRequestException ex)
            {
                throw new KubernetesApiException(KubernetesFailureKind.Transport, $"{method} {Display(path)}: cannot reach {_connection.Server}: {ex.Message}", inner: ex);
            }

            // A rotated service-account token makes the old one fail once; read it again and retry.
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0 && _connection.Token is not null && content is null)
            {
                response.Dispose();
                _connection.Token.Invalidate();
                continue;
            }

            return response;
        }
    }

    private void Authorize(HttpRequestMessage request, HttpMethod method, string path)
    {
        if (_connection.Token is not { } source)
        {
            return;
        }

        string token;
        try
        {
            token = source.GetToken();
        }
        catch (IOException ex)
        {
            throw new KubernetesApiException(KubernetesFailureKind.Unauthorized, $"{method} {Display(path)}: cannot read the bearer token ({source}): {ex.Message}", inner: ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new KubernetesApiException(KubernetesFailureKind.Unauthorized, $"{method} {Display(path)}: cannot read the bearer token ({source}): {ex.Message}", inner: ex);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var code = (int)response.StatusCode;
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            body = "";
        }

        var status = KubernetesJson.ReadStatus(body, code);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var reason = status.Reason.Length > 0 ? status.Reason : response.ReasonPhrase ?? "";
        throw new KubernetesApiException(
            KubernetesApiException.KindOf(code),
            $"{method} {Display(path)}: HTTP {code} {reason}{(status.Message.Length > 0 ? ": " + status.Message : "")}{Hint(code)}",
            code,
            retryAfter);
    }

    private string Hint(int code) => code switch
    {
        401 => $". The credentials of {_connection.Description} were rejected; check the token or client certificate",
        403 => ". Grant the controller's service account get, list, watch and patch on configmaps (deploy/kubernetes/rbac.yaml)",
        _ => "",
    };

    private static async Task<string?> ReadLineAsync(StreamReader reader, string path, CancellationToken token, CancellationToken caller)
    {
        try
        {
            return await reader.ReadLineAsync(token);
        }
        catch (OperationCanceledException ex) when (!caller.IsCancellationRequested)
        {
            throw new KubernetesApiException(KubernetesFailureKind.Timeout, $"GET {Display(path)}: the watch stream went silent past its timeout", inner: ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new KubernetesApiException(KubernetesFailureKind.Transport, $"GET {Display(path)}: the watch stream broke: {ex.Message}", inner: ex);
        }
    }

    private static string Display(string path) => "/" + path;
}
