namespace Pharos.Dynatrace.Http;

/// <summary>
/// Retry limits. A failed attempt is retried after <c>Retry-After</c> when the server sent one,
/// else after a full-jitter exponential backoff: uniform in [0, min(MaxDelay, BaseDelay·2^(n−1)))
/// after the n-th attempt. Retrying stops at <see cref="MaxAttempts"/> or when the next wait would
/// end after <see cref="MaxTotalTime"/> from the first attempt.
/// </summary>
public sealed record DynatraceRetryOptions
{
    /// <summary>Attempts in total, the first included; 1 disables retrying.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap of the backoff (not of Retry-After, which the server sets and the time budget bounds).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxTotalTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retry 500 Internal Server Error (for repeatable requests). Off by default: a 500 is usually a bug, not load.</summary>
    public bool RetryServerErrors { get; init; }

    /// <summary>Source of jitter in [0, 1); replace it in tests. Default: <see cref="Random.Shared"/>.</summary>
    public Func<double>? Jitter { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, TimeSpan.Zero, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTotalTime, TimeSpan.Zero, nameof(MaxTotalTime));
    }
}
