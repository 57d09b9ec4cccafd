namespace Pharos.Dynatrace.Http;

/// <summary>Retry after <see cref="Delay"/>, or stop for <see cref="Stop"/>.</summary>
public readonly record struct RetryDecision(bool Retry, TimeSpan Delay, DynatraceRetryStop Stop)
{
    public static RetryDecision After(TimeSpan delay) => new(true, delay, default);

    public static RetryDecision GiveUp(DynatraceRetryStop stop) => new(false, TimeSpan.Zero, stop);
}
