using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace;

/// <summary>How a <see cref="DynatraceClient"/> behaves; the defaults suit a real tenant.</summary>
public sealed record DynatraceClientOptions
{
    public static DynatraceClientOptions Default { get; } = new();

    /// <summary>Clock for backoff waits and the retry time budget; tests pass a fake.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public DynatraceRetryOptions Retry { get; init; } = new();

    /// <summary>
    /// Called after every HTTP attempt, on the calling thread, with no headers or bodies. An
    /// exception it throws fails the operation (a broken hook should be noticed, not hidden).
    /// </summary>
    public Action<HttpExchange>? OnExchange { get; init; }

    /// <summary>Share one counter between clients to total a run; null gives the client its own.</summary>
    public DynatraceRequestCounter? Counter { get; init; }

    /// <summary>
    /// At most this many requests of this client in flight at once (waits between retries do not
    /// hold a slot); null = no limit. Default 5, as Monaco, which tenants are known to tolerate.
    /// </summary>
    public int? MaxConcurrentRequests { get; init; } = 5;

    public string UserAgent { get; init; } = "Pharos/" + (typeof(DynatraceClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0");
}
