using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Tests.Http;

public class RetryPlannerTests
{
    private static readonly DynatraceRetryOptions Options = new()
    {
        MaxAttempts = 10,
        BaseDelay = TimeSpan.FromMilliseconds(500),
        MaxDelay = TimeSpan.FromSeconds(30),
        MaxTotalTime = TimeSpan.FromMinutes(10),
    };

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(3, 2000)]
    [InlineData(4, 4000)]
    [InlineData(6, 16000)]
    [InlineData(7, 30000)]
    [InlineData(20, 30000)]
    public void Backoff_Attempt_FullJitterBetweenZeroAndCappedExponential(int attempt, int ceilingMs)
    {
        var low = new RetryPlanner(Options with { Jitter = () => 0.0 });
        var high = new RetryPlanner(Options with { Jitter = () => 0.999999 });
        var half = new RetryPlanner(Options with { Jitter = () => 0.5 });

        Assert.Equal(TimeSpan.Zero, low.Backoff(attempt));
        Assert.InRange(high.Backoff(attempt).TotalMilliseconds, ceilingMs * 0.9999, ceilingMs - 0.0001);
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs / 2.0), half.Backoff(attempt));
    }

    [Fact]
    public void Backoff_RandomJitter_StaysWithinBoundsAndVaries()
    {
        var random = new Random(42);
        var planner = new RetryPlanner(Options with { Jitter = random.NextDouble });

        var delays = Enumerable.Range(0, 200).Select(_ => planner.Backoff(3)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(2000) - TimeSpan.FromTicks(1)));
        Assert.True(delays.Distinct().Count() > 150, "full jitter spreads the waits");
    }

    [Fact]
    public void Decide_RetryAfterGiven_WaitsExactlyThatEvenAboveMaxDelay()
    {
        var planner = new RetryPlanner(Options with { Jitter = () => 0.5 });

        var decision = planner.Decide(DynatraceFailureKind.RateLimited, RequestSafety.NotRepeatable, 1, TimeSpan.FromSeconds(45), TimeSpan.Zero);

        Assert.Equal(RetryDecision.After(TimeSpan.FromSeconds(45)), decision);
    }

    [Fact]
    public void Decide_WaitWouldEndAfterBudget_GivesUp()
    {
        var planner = new RetryPlanner(Options with { MaxTotalTime = TimeSpan.FromSeconds(60) });

        var decision = planner.Decide(DynatraceFailureKind.RateLimited, RequestSafety.Repeatable, 1, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(20));

        Assert.Equal(RetryDecision.GiveUp(DynatraceRetryStop.TimeBudgetExhausted), decision);
    }

    [Fact]
    public void Decide_LastAttempt_GivesUp()
    {
        var planner = new RetryPlanner(Options with { MaxAttempts = 3 });

        Assert.True(planner.Decide(DynatraceFailureKind.Unavailable, RequestSafety.Repeatable, 2, null, TimeSpan.Zero).Retry);
        Assert.Equal(
            RetryDecision.GiveUp(DynatraceRetryStop.AttemptsExhausted),
            planner.Decide(DynatraceFailureKind.Unavailable, RequestSafety.Repeatable, 3, null, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(DynatraceFailureKind.Timeout, RequestSafety.NotRepeatable, false, DynatraceRetryStop.NotSafeToRepeat)]
    [InlineData(DynatraceFailureKind.Transport, RequestSafety.NotRepeatable, false, DynatraceRetryStop.NotSafeToRepeat)]
    [InlineData(DynatraceFailureKind.Unavailable, RequestSafety.NotRepeatable, false, DynatraceRetryStop.NotSafeToRepeat)]
    [InlineData(DynatraceFailureKind.RateLimited, RequestSafety.NotRepeatable, true, default(DynatraceRetryStop))]
    [InlineData(DynatraceFailureKind.ConnectFailure, RequestSafety.NotRepeatable, true, default(DynatraceRetryStop))]
    [InlineData(DynatraceFailureKind.Timeout, RequestSafety.Repeatable, true, default(DynatraceRetryStop))]
    [InlineData(DynatraceFailureKind.ServerError, RequestSafety.Repeatable, false, DynatraceRetryStop.NotRetryable)]
    [InlineData(DynatraceFailureKind.BadRequest, RequestSafety.Repeatable, false, DynatraceRetryStop.NotRetryable)]
    public void Decide_KindAndSafety_RetriesOnlyWhenHarmless(DynatraceFailureKind kind, RequestSafety safety, bool retry, DynatraceRetryStop stop)
    {
        var decision = new RetryPlanner(Options).Decide(kind, safety, 1, null, TimeSpan.Zero);

        Assert.Equal(retry, decision.Retry);
        if (!retry)
        {
            Assert.Equal(stop, decision.Stop);
        }
    }

    [Fact]
    public void Decide_ServerErrorWithOptionOn_Retries()
    {
        var planner = new RetryPlanner(Options with { RetryServerErrors = true });

        Assert.True(planner.Decide(DynatraceFailureKind.ServerError, RequestSafety.Repeatable, 1, null, TimeSpan.Zero).Retry);
        Assert.False(planner.Decide(DynatraceFailureKind.ServerError, RequestSafety.NotRepeatable, 1, null, TimeSpan.Zero).Retry);
    }

    [Fact]
    public void Constructor_ZeroAttempts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPlanner(new DynatraceRetryOptions { MaxAttempts = 0 }));
    }
}
