using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class ClockTests
{
    private static readonly double?[] Dip = [99, 99, 90, 90, 90, 99, 99, 99, 99, 99, 99, 99];

    [Fact]
    public async Task ForwardJump_CatchesUpEveryMissedMinute_SameResultAsMinuteByMinute()
    {
        var stepwise = EngineHarness.Marks(await new EngineHarness(Configs.Static()).Card(Dip).RunAsync(0, 11));
        var h = new EngineHarness(Configs.Static()).Card(Dip);

        var first = await h.Engine.EvaluateAsync(EngineHarness.After(0), CancellationToken.None);
        var jump = await h.Engine.EvaluateAsync(EngineHarness.After(11), CancellationToken.None);

        Assert.Equal(1, first.MinutesEvaluated);
        Assert.Equal(11, jump.MinutesEvaluated);
        Assert.Equal(stepwise, EngineHarness.Marks(jump.Transitions));
    }

    [Fact]
    public async Task BackwardJump_EvaluatesNothingUntilTheClockPassesTheLastMinuteAgain()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);

        var back = await h.Engine.EvaluateAsync(EngineHarness.After(1), CancellationToken.None);
        var again = await h.Engine.EvaluateAsync(EngineHarness.After(4), CancellationToken.None);

        Assert.Equal(0, back.MinutesEvaluated);
        Assert.Equal(1, again.MinutesEvaluated);
        Assert.Equal(["raise@4"], EngineHarness.Marks(again.Transitions));
    }

    [Fact]
    public async Task RepeatedCallWithinTheSameMinute_IsIdempotent()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.Engine.EvaluateAsync(EngineHarness.After(4), CancellationToken.None);

        var again = await h.Engine.EvaluateAsync(EngineHarness.After(4).AddSeconds(30), CancellationToken.None);

        Assert.Equal(0, again.MinutesEvaluated);
        Assert.Empty(again.Transitions);
    }

    [Fact]
    public async Task JumpLongerThanTheCatchUpLimit_EvaluatesOnlyTheNewestMinutes()
    {
        var h = new EngineHarness(new EvaluationOptions { MaxCatchUpMinutes = 5 }, Configs.Static()).Card(Dip);
        await h.Engine.EvaluateAsync(EngineHarness.After(0), CancellationToken.None);

        var jump = await h.Engine.EvaluateAsync(EngineHarness.After(11), CancellationToken.None);

        Assert.Equal(5, jump.MinutesEvaluated);
        Assert.Empty(jump.Transitions);
    }

    [Fact]
    public async Task QueryOffset_EvaluatesTheMinuteThatManyMinutesEarlier()
    {
        var h = new EngineHarness(Configs.Static(queryOffset: 2)).Card(Dip);

        var early = await h.Engine.EvaluateAsync(EngineHarness.After(4), CancellationToken.None);
        var late = await h.Engine.EvaluateAsync(EngineHarness.After(6), CancellationToken.None);

        Assert.Empty(early.Transitions);
        Assert.Equal(["raise@4"], EngineHarness.Marks(late.Transitions));
    }
}
