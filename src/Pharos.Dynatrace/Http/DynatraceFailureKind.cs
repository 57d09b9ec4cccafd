namespace Pharos.Dynatrace.Http;

/// <summary>
/// Why a request failed. Whether it is retried is decided from this value alone (and from
/// whether the request may safely be repeated): see <see cref="FailureClassifier.RetryClassOf"/>.
/// </summary>
public enum DynatraceFailureKind
{
    /// <summary>No connection was made (DNS, refused, proxy): the server never saw the request.</summary>
    ConnectFailure,

    /// <summary>The TLS handshake failed, usually a certificate problem that retrying cannot fix.</summary>
    TlsFailure,

    /// <summary>The connection broke after the request may have been sent.</summary>
    Transport,

    /// <summary>No answer within the HttpClient's timeout; the server may have acted on the request.</summary>
    Timeout,

    /// <summary>429: the environment's request queue is full; the request was not processed.</summary>
    RateLimited,

    /// <summary>502, 503, 504: a gateway or the service is unavailable.</summary>
    Unavailable,

    /// <summary>500 and any other 5XX.</summary>
    ServerError,

    /// <summary>400.</summary>
    BadRequest,

    /// <summary>401: the token is missing, unknown, expired or sent with the wrong scheme.</summary>
    Unauthorized,

    /// <summary>403: the token lacks a scope.</summary>
    Forbidden,

    /// <summary>404.</summary>
    NotFound,

    /// <summary>409: a conflicting resource (stale updateToken, taken externalId, …).</summary>
    Conflict,

    /// <summary>413: the body is over the API's size limit (1 MB for most endpoints).</summary>
    PayloadTooLarge,

    /// <summary>Any other 4XX.</summary>
    ClientError,

    /// <summary>An answer this client cannot use: a redirect, or a body that is not the documented JSON.</summary>
    InvalidResponse,
}
