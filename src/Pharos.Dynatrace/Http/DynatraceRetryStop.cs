namespace Pharos.Dynatrace.Http;

/// <summary>Why the client stopped retrying and reported a failure.</summary>
public enum DynatraceRetryStop
{
    /// <summary>The failure is not transient (e.g. 400, 401, 404); repeating would not help.</summary>
    NotRetryable,

    /// <summary>The failure is transient, but the request may already have been applied and repeating it could duplicate it.</summary>
    NotSafeToRepeat,

    /// <summary><see cref="DynatraceRetryOptions.MaxAttempts"/> attempts were made.</summary>
    AttemptsExhausted,

    /// <summary>The next wait would end after <see cref="DynatraceRetryOptions.MaxTotalTime"/>.</summary>
    TimeBudgetExhausted,
}
