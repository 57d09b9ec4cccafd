using System.Text.Json;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class StateRoundTripTests
{
    private static readonly double?[] Dip = [99, 90, 90, 90, 99, 90, 99, 99, 99, 99, 99, 99];

    [Fact]
    public async Task RestartMidProblem_ResumesAndClosesAtTheSameMinuteWithTheSameEvent()
    {
        var uninterrupted = await new EngineHarness(Configs.Static()).Card(Dip).RunAsync(0, 11);
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        var before = await h.RunAsync(0, 5);

        var json = JsonSerializer.Serialize(h.Engine.ExportState(), EvaluationJson.Options);
        var restored = JsonSerializer.Deserialize<MetricEventEngineState>(json, EvaluationJson.Options)!;
        h.Engine = new MetricEventEngine(h.Source, h.Entities);
        h.Engine.SetConfigs([Configs.Static()]);
        h.Engine.ImportState(restored);
        var after = await h.RunAsync(6, 11);

        Assert.Equal(EngineHarness.Marks(uninterrupted), EngineHarness.Marks([.. before, .. after]));
        Assert.Equal(JsonSerializer.Serialize(uninterrupted[^1].Event, EvaluationJson.Options), JsonSerializer.Serialize(after[^1].Event, EvaluationJson.Options));
        Assert.Single(h.Engine.ExportState().Monitors);
    }

    [Fact]
    public async Task ExportedState_KeepsTheWindowAndTheOpenEvent()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);

        var series = h.Engine.ExportState().Monitors[0].Series.Single();

        Assert.Equal("NVVV", series.Window);
        Assert.NotNull(series.OpenEvent);
        Assert.Equal(90, series.LastValue);
    }

    [Fact]
    public async Task ConfigChangedWhileDown_ClosesTheOldOpenEventAtTheNextCycle()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);
        var state = h.Engine.ExportState();

        h.Engine = new MetricEventEngine(h.Source, h.Entities);
        h.Engine.SetConfigs([Configs.Static(threshold: 50)]);
        h.Engine.ImportState(state);
        var next = await h.RunAsync(4, 4);

        Assert.Equal(["close@4"], EngineHarness.Marks(next));
    }

    [Fact]
    public async Task ConfigRemovedWhileRunning_ClosesItsOpenEvents()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);

        h.Engine.SetConfigs([]);
        var next = await h.RunAsync(4, 4);

        Assert.Equal(["close@4"], EngineHarness.Marks(next));
        Assert.Empty(h.Engine.OpenEvents);
    }

    [Fact]
    public async Task ConfigDisabled_ClosesItsOpenEvents()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);

        h.Engine.SetConfigs([Configs.Static() with { Enabled = false }]);
        var next = await h.RunAsync(4, 6);

        Assert.Equal(["close@4"], EngineHarness.Marks(next));
    }

    [Fact]
    public async Task UnchangedConfigSetAgain_KeepsItsState()
    {
        var h = new EngineHarness(Configs.Static()).Card(Dip);
        await h.RunAsync(0, 3);

        h.Engine.SetConfigs([Configs.Static()]);

        Assert.Single(h.Engine.OpenEvents);
    }
}
