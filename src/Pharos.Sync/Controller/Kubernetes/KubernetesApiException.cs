namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>How a Kubernetes API call failed; the source decides from this alone whether to relist, retry or wait.</summary>
public enum KubernetesFailureKind
{
    /// <summary>No HTTP response: DNS, connection refused or reset, TLS handshake.</summary>
    Transport,
    Timeout,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,

    /// <summary>410: the resourceVersion (or continue token) is too old; list again.</summary>
    Gone,
    TooManyRequests,
    ServerError,
    ClientError,

    /// <summary>The server answered with something that is not the Kubernetes API's JSON.</summary>
    Protocol,
}

/// <summary>
/// A failed Kubernetes API call. The message names the method, path, status and the server's
/// reason; it never contains request headers, so the bearer token cannot leak through it.
/// </summary>
public sealed class KubernetesApiException : Exception
{
    public KubernetesApiException(KubernetesFailureKind kind, string message, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public KubernetesFailureKind Kind { get; }

    public int? StatusCode { get; }

    public TimeSpan? RetryAfter { get; }

    public static KubernetesFailureKind KindOf(int statusCode) => statusCode switch
    {
        401 => KubernetesFailureKind.Unauthorized,
        403 => KubernetesFailureKind.Forbidden,
        404 => KubernetesFailureKind.NotFound,
        408 or 504 => KubernetesFailureKind.Timeout,
        409 => KubernetesFailureKind.Conflict,
        410 => KubernetesFailureKind.Gone,
        429 => KubernetesFailureKind.TooManyRequests,
        >= 500 => KubernetesFailureKind.ServerError,
        _ => KubernetesFailureKind.ClientError,
    };
}
