using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class StaticThresholdTests
{
    [Fact]
    public async Task Below_ThreeOfFiveViolate_RaisesAtTheThirdViolatingMinute()
    {
        var h = new EngineHarness(Configs.Static()).Card(99, 99, 94, 93, 92, 99, 99, 99, 99, 99);

        var marks = EngineHarness.Marks(await h.RunAsync(0, 9));

        Assert.Equal(["raise@4", "close@9"], marks);
    }

    [Fact]
    public async Task Below_ViolationsNeedNotBeConsecutive_RaisesWhenThreeFallInOneWindow()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 99, 90, 99, 90);

        Assert.Equal(["raise@4"], EngineHarness.Marks(await h.RunAsync(0, 4)));
    }

    [Fact]
    public async Task Below_ViolationsSpreadWiderThanTheWindow_NeverRaises()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 99, 99, 90, 99, 99, 90, 99, 99, 90, 99, 99);

        Assert.Empty(await h.RunAsync(0, 11));
    }

    [Fact]
    public async Task Above_ValueEqualToThreshold_IsNotAViolation()
    {
        var h = new EngineHarness(Configs.Static(condition: "ABOVE", threshold: 100)).Card(100, 100, 100, 100, 100);

        Assert.Empty(await h.RunAsync(0, 4));
    }

    [Fact]
    public async Task Above_StrictlyAboveThreshold_Raises()
    {
        var h = new EngineHarness(Configs.Static(condition: "ABOVE", threshold: 100)).Card(100.5, 101, 150);

        Assert.Equal(["raise@2"], EngineHarness.Marks(await h.RunAsync(0, 2)));
    }

    [Fact]
    public async Task Flapping_OneOpenEvent_ClosesOnlyAfterFiveNormalSamples()
    {
        // violate ×3 → open; then alternate: the window keeps ≥ 3 violations or < 5 normal, so it stays open.
        var h = new EngineHarness(Configs.Static()).Card(90, 90, 90, 99, 90, 99, 90, 99, 99, 99, 99, 99, 99);

        var marks = EngineHarness.Marks(await h.RunAsync(0, 12));

        Assert.Equal(["raise@2", "close@11"], marks);
    }

    [Fact]
    public async Task DealertingLongerThanWindow_NeedsThatManyNormalSamples()
    {
        var h = new EngineHarness(Configs.Static(samples: 3, violating: 2, dealerting: 6)).Card(90, 90, 99, 99, 99, 99, 99, 99, 99);

        Assert.Equal(["raise@1", "close@7"], EngineHarness.Marks(await h.RunAsync(0, 8)));
    }

    [Fact]
    public async Task SingleSampleRule_RaisesOnFirstViolation()
    {
        var h = new EngineHarness(Configs.Static(violating: 1, samples: 3, dealerting: 3)).Card(99, 90, 99, 99, 99);

        Assert.Equal(["raise@1", "close@4"], EngineHarness.Marks(await h.RunAsync(0, 4)));
    }

    [Fact]
    public async Task SplitSeries_EachSeriesHasItsOwnWindowAndEvent()
    {
        var h = new EngineHarness(Configs.Static())
            .Card(90, 90, 90, 99, 99, 99, 99, 99)
            .Series("payment_success_rate", SeriesDimensions.Of(("payment_method", "wallet")), [99, 99, 90, 90, 90, 90, 90, 90]);

        var transitions = await h.RunAsync(0, 7);

        Assert.Equal(["raise@2", "raise@4", "close@7"], EngineHarness.Marks(transitions));
        Assert.Equal(["card", "wallet", "card"], transitions.Select(t => t.Event.Dimensions["payment_method"]));
    }

    [Fact]
    public async Task SeriesAppearingLater_StartsWithAnEmptyWindow()
    {
        var h = new EngineHarness(Configs.Static())
            .Card(99, 99, 99, 99, 99, 99, 99, 99)
            .Series("payment_success_rate", SeriesDimensions.Of(("payment_method", "wallet")), [90, 90, 90], firstMinute: 5);

        var transitions = await h.RunAsync(0, 7);

        Assert.Equal(["raise@7"], EngineHarness.Marks(transitions));
        Assert.Equal("wallet", transitions[0].Event.Dimensions["payment_method"]);
    }

    [Fact]
    public async Task SeriesDisappearingWhileOpen_ClosesAfterTheDealertingSamples()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 90, 90);

        Assert.Equal(["raise@2", "close@7"], EngineHarness.Marks(await h.RunAsync(0, 9)));
    }

    [Fact]
    public async Task SeriesGoneForAWindowWithNothingOpen_IsForgotten()
    {
        var h = new EngineHarness(Configs.Static()).Card(99, 99);

        await h.RunAsync(0, 10);

        Assert.Empty(h.Engine.ExportState().Monitors[0].Series);
    }

    [Fact]
    public async Task MetricKeyQuery_DimensionFilterAndCountAggregation_AreApplied()
    {
        var config = Configs.Read("""
            {
              "summary": "Orders seen",
              "queryDefinition": { "type": "METRIC_KEY", "metricKey": "orders", "aggregation": "COUNT",
                "dimensionFilter": [ { "dimensionKey": "region", "dimensionValue": "eu", "operator": "EQUALS" } ] },
              "modelProperties": { "type": "STATIC_THRESHOLD", "threshold": 0.5, "alertCondition": "ABOVE", "violatingSamples": 1, "samples": 3, "dealertingSamples": 3 },
              "eventTemplate": { "title": "Orders in {dims:region}" }
            }
            """);
        var h = new EngineHarness(config)
            .Series("orders", SeriesDimensions.Of(("region", "eu")), [null, 7])
            .Series("orders", SeriesDimensions.Of(("region", "us")), [3, 3]);

        var transitions = await h.RunAsync(0, 1);

        Assert.Equal(["raise@1"], EngineHarness.Marks(transitions));
        Assert.Equal("Orders in eu", transitions[0].Event.Title);
        Assert.Equal(1, transitions[0].Event.Value);
    }

    [Fact]
    public async Task SameInputs_GiveTheSameEventIds()
    {
        async Task<List<string>> Ids()
        {
            var h = new EngineHarness(Configs.Static()).Card(90, 90, 90, 99, 99, 99, 99, 99);
            return [.. (await h.RunAsync(0, 7)).Select(t => t.Event.EventId + "/" + t.Event.CorrelationId)];
        }

        var first = await Ids();

        Assert.Equal(first, await Ids());
        Assert.Matches(@"^-?\d+_1735689720000/[0-9a-f]{16}$", first[0]);
    }
}
