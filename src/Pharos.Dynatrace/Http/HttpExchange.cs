namespace Pharos.Dynatrace.Http;

/// <summary>
/// One HTTP attempt, reported to <see cref="DynatraceClientOptions.OnExchange"/>. It carries no
/// headers, query string or body, so it is safe to log as it is.
/// </summary>
/// <param name="Path">The URL path without query, e.g. <c>/api/v2/settings/objects/vu9U…</c>.</param>
/// <param name="PathTemplate">The operation, e.g. <c>/settings/objects/{objectId}</c>.</param>
/// <param name="Attempt">1 for the first try, 2 for the first retry, …</param>
/// <param name="StatusCode">Null when no response arrived.</param>
/// <param name="Failure">Null when the answer was one the operation handles (2XX or a documented error body).</param>
/// <param name="RetryDelay">The wait before the next attempt, or null when there is none.</param>
public sealed record HttpExchange(
    string Method,
    string Path,
    string PathTemplate,
    int Attempt,
    int? StatusCode,
    DynatraceFailureKind? Failure,
    TimeSpan Duration,
    TimeSpan? RetryDelay,
    bool IsWrite);
