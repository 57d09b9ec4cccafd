namespace Pharos.Dynatrace.Http;

/// <summary>
/// The whole retry policy as one pure function: from the failure kind, the request's safety,
/// the attempt number, the server's Retry-After and the time spent so far to retry-or-stop.
/// </summary>
public sealed class RetryPlanner
{
    private readonly DynatraceRetryOptions _options;
    private readonly Func<double> _jitter;

    public RetryPlanner(DynatraceRetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _jitter = options.Jitter ?? Random.Shared.NextDouble;
    }

    /// <param name="attempt">The 1-based number of the attempt that just failed.</param>
    /// <param name="elapsed">Time since the first attempt started.</param>
    public RetryDecision Decide(DynatraceFailureKind kind, RequestSafety safety, int attempt, TimeSpan? retryAfter, TimeSpan elapsed)
    {
        var retryClass = FailureClassifier.RetryClassOf(kind, _options.RetryServerErrors);
        if (retryClass == RetryClass.Never)
        {
            return RetryDecision.GiveUp(DynatraceRetryStop.NotRetryable);
        }

        if (retryClass == RetryClass.IfRepeatable && safety != RequestSafety.Repeatable)
        {
            return RetryDecision.GiveUp(DynatraceRetryStop.NotSafeToRepeat);
        }

        if (attempt >= _options.MaxAttempts)
        {
            return RetryDecision.GiveUp(DynatraceRetryStop.AttemptsExhausted);
        }

        var delay = retryAfter ?? Backoff(attempt);
        return elapsed + delay > _options.MaxTotalTime
            ? RetryDecision.GiveUp(DynatraceRetryStop.TimeBudgetExhausted)
            : RetryDecision.After(delay);
    }

    /// <summary>Full jitter: uniform in [0, min(MaxDelay, BaseDelay·2^(attempt−1))).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceilingTicks = Math.Min(_options.MaxDelay.Ticks, _options.BaseDelay.Ticks * (double)(1L << exponent));
        var jitter = Math.Clamp(_jitter(), 0.0, 1.0);
        return TimeSpan.FromTicks((long)(ceilingTicks * jitter));
    }
}
