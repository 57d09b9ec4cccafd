using Pharos.Dynatrace.Errors;

namespace Pharos.Dynatrace.Http;

/// <summary>What one attempt produced and what the retry planner decided about it.</summary>
internal sealed record AttemptOutcome(int Attempt, int? StatusCode, byte[] Body, DynatraceFailureKind? Failure, RetryDecision Decision)
{
    public ApiError? Error { get; init; }

    public Exception? Exception { get; init; }
}
