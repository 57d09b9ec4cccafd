namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>Where the bearer token comes from. Implementations never expose it through ToString.</summary>
public interface IBearerTokenSource
{
    /// <summary>The current token; file-based tokens are re-read when stale, because the kubelet rotates them.</summary>
    string GetToken();

    /// <summary>Called after a 401 so the next <see cref="GetToken"/> reads a fresh token.</summary>
    void Invalidate();
}

/// <summary>A token written in a kubeconfig.</summary>
public sealed class StaticBearerToken(string token) : IBearerTokenSource
{
    public string GetToken() => token;

    public void Invalidate()
    {
        // Nothing to refresh: the kubeconfig holds one token.
    }

    public override string ToString() => "static token (redacted)";
}

/// <summary>
/// A token in a file (the projected service-account token, or a kubeconfig tokenFile). Bound
/// service-account tokens expire and the kubelet rewrites the file, so it is re-read at least every
/// <see cref="RefreshInterval"/> (client-go uses a minute) and after every 401.
/// </summary>
public sealed class FileBearerToken(string path, TimeProvider timeProvider) : IBearerTokenSource
{
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _readAt;

    public static TimeSpan RefreshInterval { get; } = TimeSpan.FromMinutes(1);

    public string Path => path;

    public string GetToken()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (_token is null || now - _readAt >= RefreshInterval)
            {
                _token = File.ReadAllText(path).Trim();
                _readAt = now;
            }

            return _token;
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    public override string ToString() => $"token file {path} (redacted)";
}
