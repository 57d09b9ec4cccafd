using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Evaluation;

public class PostDeployObserverTests
{
    private static readonly DateTimeOffset Deployed = TestData.Now.AddMinutes(-1);
    private static readonly ObserveOptions TenMinutes = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));

    /// <summary>An environment whose problems appear at given times: each poll sees those started by then.</summary>
    private static FakeDataSource Timeline(ManualTimeProvider clock, params GateProblem[] problems) => new()
    {
        Events = _ => [TestData.Deployment("e-1", TestData.Service1, Deployed, "1.4.2")],
        Problems = _ => problems.Where(p => p.StartTime <= clock.GetUtcNow()).ToList(),
    };

    private static Task<ObservationResult> Observe(FakeDataSource source, ManualTimeProvider clock, ObserveOptions? options = null) =>
        PostDeployObserver.ObserveAsync(
            source,
            new PostDeployInput(TestData.Target),
            GatePolicy.Default,
            TestData.Context(clock),
            options ?? TenMinutes,
            progress: null,
            CancellationToken.None);

    [Fact]
    public async Task Observe_HealthyThroughout_WatchesTheWholeWindow()
    {
        var clock = new ManualTimeProvider(TestData.Now);

        var result = await Observe(Timeline(clock), clock);

        Assert.Equal("HEALTHY", result.Decision.Verdict);
        Assert.Equal(11, result.Polls);
        Assert.Equal(TimeSpan.FromMinutes(10), result.Elapsed);
        Assert.False(result.StoppedEarly);
        Assert.All(clock.Delays, d => Assert.Equal(TimeSpan.FromMinutes(1), d));
        var observed = result.Decision.Objectives[^1];
        Assert.Equal(ReasonCodes.PostDeployObserved, observed.ReasonCode);
        Assert.Equal("10m, 11 polls", observed.Value);
    }

    [Fact]
    public async Task Observe_CriticalProblemAppears_StopsAtTheFirstPollThatSeesIt()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var source = Timeline(clock, TestData.Problem("P-9", "ERROR", TestData.Now.AddMinutes(3).AddSeconds(30)));

        var result = await Observe(source, clock);

        Assert.Equal("FAILED", result.Decision.Verdict);
        Assert.Equal(5, result.Polls);
        Assert.Equal(TimeSpan.FromMinutes(4), result.Elapsed);
        Assert.True(result.StoppedEarly);
        Assert.Equal(TestData.Now.AddMinutes(4), clock.GetUtcNow());
    }

    [Fact]
    public async Task Observe_DegradedEarlyThenCritical_ReportsTheFailure()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var source = Timeline(
            clock,
            TestData.Problem("P-1", "PERFORMANCE", TestData.Now),
            TestData.Problem("P-2", "PERFORMANCE", TestData.Now),
            TestData.Problem("P-3", "PERFORMANCE", TestData.Now),
            TestData.Problem("P-4", "AVAILABILITY", TestData.Now.AddMinutes(8)));

        var result = await Observe(source, clock);

        Assert.Equal("FAILED", result.Decision.Verdict);
        Assert.Equal(9, result.Polls);
    }

    [Fact]
    public async Task Observe_IntervalNotDividingTheWindow_ShortensTheLastWait()
    {
        var clock = new ManualTimeProvider(TestData.Now);

        var result = await Observe(Timeline(clock), clock, new ObserveOptions(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(2)));

        Assert.Equal([TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)], clock.Delays);
        Assert.Equal(4, result.Polls);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Elapsed);
    }

    [Fact]
    public async Task Observe_ConsecutiveErrors_EndWithAnError()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var source = Timeline(clock);
        source.Problems = _ => throw new GateDataException("timeout.");

        var result = await Observe(source, clock);

        Assert.Equal(Outcome.Error, result.Decision.Outcome);
        Assert.Equal(3, result.Polls);
        Assert.True(result.StoppedEarly);
    }

    [Fact]
    public async Task Observe_TransientError_IsToleratedWhenLaterPollsAnswer()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var source = Timeline(clock);
        source.Problems = _ => clock.GetUtcNow() == TestData.Now.AddMinutes(2) ? throw new GateDataException("timeout.") : [];

        var result = await Observe(source, clock);

        Assert.Equal("HEALTHY", result.Decision.Verdict);
        Assert.Equal(11, result.Polls);
    }

    [Fact]
    public async Task Observe_ErrorOnTheLastPoll_IsNotHiddenByEarlierHealthyPolls()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var source = Timeline(clock);
        source.Problems = _ => clock.GetUtcNow() >= TestData.Now.AddMinutes(10) ? throw new GateDataException("timeout.") : [];

        var result = await Observe(source, clock);

        Assert.Equal(Outcome.Error, result.Decision.Outcome);
        Assert.Equal(4, result.Decision.ExitCode);
    }

    [Fact]
    public async Task Observe_ReportsEveryPoll()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        var seen = new List<string>();
        var progress = new SynchronousProgress(d => seen.Add(d.Verdict));

        await PostDeployObserver.ObserveAsync(
            _ => Task.FromResult(Decision("HEALTHY", Outcome.Pass)),
            clock,
            new ObserveOptions(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)),
            progress,
            CancellationToken.None);

        Assert.Equal(["HEALTHY", "HEALTHY", "HEALTHY"], seen);
    }

    [Fact]
    public async Task Observe_Cancelled_Throws()
    {
        var clock = new ManualTimeProvider(TestData.Now);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PostDeployObserver.ObserveAsync(
            _ => Task.FromResult(Decision("HEALTHY", Outcome.Pass)),
            clock,
            TenMinutes,
            null,
            cancel.Token));
    }

    private static Decision Decision(string verdict, Outcome outcome) => new()
    {
        Gate = GateKind.PostDeploy,
        Target = TestData.Target,
        Outcome = outcome,
        Verdict = verdict,
        Summary = "",
        EvaluatedAt = TestData.Now,
    };

    private sealed class SynchronousProgress(Action<Decision> report) : IProgress<Decision>
    {
        public void Report(Decision value) => report(value);
    }
}
