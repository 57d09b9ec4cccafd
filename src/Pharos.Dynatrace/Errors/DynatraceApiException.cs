using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Errors;

/// <summary>
/// A Dynatrace API request that failed for good: after the retries its failure allowed, or at
/// once when it was not retryable. Carries the classification, the HTTP status, the parsed error
/// envelope and the request's method and path. Never the token: messages are scrubbed of it and
/// no header is kept.
/// </summary>
public sealed class DynatraceApiException : Exception
{
    internal DynatraceApiException(string message, DynatraceFailure failure, Exception? innerException)
        : base(message, innerException)
    {
        Kind = failure.Kind;
        StatusCode = failure.StatusCode;
        Method = failure.Method;
        Path = failure.Path;
        PathTemplate = failure.PathTemplate;
        Error = failure.Error;
        Attempts = failure.Attempts;
        StopReason = failure.Stop;
        OutcomeUnknown = failure.OutcomeUnknown;
    }

    public DynatraceFailureKind Kind { get; }

    /// <summary>Null when no response arrived (transport failures, timeouts).</summary>
    public int? StatusCode { get; }

    public string Method { get; }

    /// <summary>The URL path without query, e.g. <c>/api/v2/settings/objects</c>.</summary>
    public string Path { get; }

    /// <summary>The operation, e.g. <c>/settings/objects/{objectId}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The Dynatrace error envelope's <c>error</c>, when the body had one.</summary>
    public ApiError? Error { get; }

    public int Attempts { get; }

    public DynatraceRetryStop StopReason { get; }

    /// <summary>The request may have been applied although it failed (timeout, broken connection, 5XX on some attempt).</summary>
    public bool OutcomeUnknown { get; }
}

/// <summary>Everything known about a failed request; the exception is built from it.</summary>
internal sealed record DynatraceFailure(
    DynatraceFailureKind Kind,
    int? StatusCode,
    string Method,
    string Path,
    string PathTemplate,
    ApiError? Error,
    int Attempts,
    DynatraceRetryStop Stop,
    bool OutcomeUnknown,
    string? ResponseSnippet);
