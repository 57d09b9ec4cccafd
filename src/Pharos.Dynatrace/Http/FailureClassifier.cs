using System.Net.Http;
using System.Net.Sockets;

namespace Pharos.Dynatrace.Http;

/// <summary>Sorts every failure into a <see cref="DynatraceFailureKind"/> and says what each kind allows.</summary>
public static class FailureClassifier
{
    /// <summary>The failure kind of an HTTP status, or null for 2XX.</summary>
    public static DynatraceFailureKind? FromStatus(int statusCode) => statusCode switch
    {
        >= 200 and <= 299 => null,
        400 => DynatraceFailureKind.BadRequest,
        401 => DynatraceFailureKind.Unauthorized,
        403 => DynatraceFailureKind.Forbidden,
        404 => DynatraceFailureKind.NotFound,
        409 => DynatraceFailureKind.Conflict,
        413 => DynatraceFailureKind.PayloadTooLarge,
        429 => DynatraceFailureKind.RateLimited,
        502 or 503 or 504 => DynatraceFailureKind.Unavailable,
        >= 400 and <= 499 => DynatraceFailureKind.ClientError,
        >= 500 and <= 599 => DynatraceFailureKind.ServerError,
        _ => DynatraceFailureKind.InvalidResponse,
    };

    /// <summary>
    /// The failure kind of an exception thrown by <see cref="HttpClient"/> while sending or reading,
    /// or null when it is not a transport failure (a bug, which must surface as it is). The caller
    /// has already excluded its own cancellation, so a cancellation here is the HttpClient timeout.
    /// </summary>
    public static DynatraceFailureKind? FromException(Exception exception) => exception switch
    {
        OperationCanceledException or TimeoutException => DynatraceFailureKind.Timeout,
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => DynatraceFailureKind.TlsFailure,
        HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.ProxyTunnelError,
        } => DynatraceFailureKind.ConnectFailure,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable } }
            => DynatraceFailureKind.ConnectFailure,
        HttpRequestException or IOException or SocketException => DynatraceFailureKind.Transport,
        _ => null,
    };

    public static RetryClass RetryClassOf(DynatraceFailureKind kind, bool retryServerErrors) => kind switch
    {
        DynatraceFailureKind.ConnectFailure or DynatraceFailureKind.RateLimited => RetryClass.Always,
        DynatraceFailureKind.Transport or DynatraceFailureKind.Timeout or DynatraceFailureKind.Unavailable => RetryClass.IfRepeatable,
        DynatraceFailureKind.ServerError => retryServerErrors ? RetryClass.IfRepeatable : RetryClass.Never,
        _ => RetryClass.Never,
    };

    /// <summary>True when the server may have applied the request although it failed (its outcome is unknown).</summary>
    public static bool OutcomeUnknown(DynatraceFailureKind kind) => kind is
        DynatraceFailureKind.Transport or DynatraceFailureKind.Timeout
        or DynatraceFailureKind.Unavailable or DynatraceFailureKind.ServerError;
}
