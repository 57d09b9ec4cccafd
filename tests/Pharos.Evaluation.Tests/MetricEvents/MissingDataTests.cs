using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class MissingDataTests
{
    [Fact]
    public async Task GapWithoutAlertOnNoData_NeitherRaisesNorKeepsAnEventOpen()
    {
        var h = new EngineHarness(Configs.Static()).Card(99, null, null, null, null, null, 99);

        Assert.Empty(await h.RunAsync(0, 6));
    }

    [Fact]
    public async Task GapWhileOpenWithoutAlertOnNoData_CountsTowardsDealerting()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 90, 90, null, null, null, null, null, 90);

        Assert.Equal(["raise@2", "close@7"], EngineHarness.Marks(await h.RunAsync(0, 8)));
    }

    [Fact]
    public async Task AlertOnNoData_MissingSamplesCountAsViolating()
    {
        var h = new EngineHarness(Configs.Static(alertOnNoData: true, title: "No data for {dims:payment_method}: {missing_data_samples} missing"))
            .Card(99, 99, null, null, null);

        var transitions = await h.RunAsync(0, 4);

        Assert.Equal(["raise@4"], EngineHarness.Marks(transitions));
        Assert.Equal("No data for card: 3 missing", transitions[0].Event.Title);
        Assert.Null(transitions[0].Event.Value);
        Assert.Equal(3, transitions[0].Event.MissingSamples);
    }

    [Fact]
    public async Task AlertOnNoData_MissingAndViolatingTogetherReachTheCount()
    {
        var h = new EngineHarness(Configs.Static(alertOnNoData: true)).Card(99, 90, null, 90);

        Assert.Equal(["raise@3"], EngineHarness.Marks(await h.RunAsync(0, 3)));
    }

    [Fact]
    public async Task AlertOnNoData_DataReturning_ClosesAfterDealertingSamples()
    {
        var h = new EngineHarness(Configs.Static(alertOnNoData: true)).Card(99, null, null, null, 99, 99, 99, 99, 99);

        Assert.Equal(["raise@3", "close@8"], EngineHarness.Marks(await h.RunAsync(0, 8)));
    }

    [Fact]
    public async Task AlertOnNoData_MissingSamplesDoNotCountAsNormal()
    {
        var h = new EngineHarness(Configs.Static(alertOnNoData: true)).Card(90, 90, 90, null, null, null, null, null, null);

        Assert.Equal(["raise@2"], EngineHarness.Marks(await h.RunAsync(0, 8)));
    }

    [Fact]
    public async Task SeriesNeverSeen_IsNotMissing()
    {
        var h = new EngineHarness(Configs.Static(alertOnNoData: true));

        Assert.Empty(await h.RunAsync(0, 10));
    }
}
