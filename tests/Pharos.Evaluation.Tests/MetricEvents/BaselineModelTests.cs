using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class BaselineModelTests
{
    private static MetricEventConfig Adaptive(string condition = "ABOVE", double fluctuation = 1) => Configs.Read($$"""
        {
          "summary": "Anomaly",
          "queryDefinition": { "type": "METRIC_SELECTOR", "metricSelector": "latency" },
          "modelProperties": { "type": "AUTO_ADAPTIVE_THRESHOLD", "signalFluctuation": {{fluctuation}}, "alertCondition": "{{condition}}",
            "violatingSamples": 3, "samples": 5, "dealertingSamples": 5 },
          "eventTemplate": { "title": "Latency {alert_condition} {threshold} (baseline {baseline})" }
        }
        """);

    private static MetricEventConfig Seasonal(double tolerance = 4) => Configs.Read($$"""
        {
          "summary": "Seasonal",
          "queryDefinition": { "type": "METRIC_SELECTOR", "metricSelector": "logins" },
          "modelProperties": { "type": "SEASONAL_BASELINE", "tolerance": {{tolerance}}, "alertCondition": "OUTSIDE",
            "violatingSamples": 3, "samples": 5, "dealertingSamples": 5 },
          "eventTemplate": { "title": "Logins outside the usual range" }
        }
        """);

    // 10, 11, …, 19, 10, 11, … (each value a tenth of the minutes): P25 = 12, P75 = 17, IQR = 5, P99 = 19, P1 = 10.
    private static IEnumerable<double?> Sawtooth(int minutes) => Enumerable.Range(0, minutes).Select(i => (double?)(10 + (i % 10)));

    [Fact]
    public void AutoAdaptive_ThresholdIsP99PlusSignalFluctuationTimesIqr()
    {
        var history = Sawtooth(7 * 1440).Select(v => v!.Value).ToArray();

        var above = AutoAdaptiveBaseline.Compute(history, Adaptive().Model, 60);
        var below = AutoAdaptiveBaseline.Compute(history, Adaptive("BELOW", 2).Model, 60);

        Assert.Equal(19 + 5, above.Upper, 9);
        Assert.Equal(19, above.Baseline, 9);
        Assert.True(double.IsNaN(above.Lower));
        Assert.Equal(10 - (2 * 5), below.Lower, 9);
    }

    [Fact]
    public async Task AutoAdaptive_SpikeAboveTheLearnedThreshold_Raises()
    {
        var h = new EngineHarness(Adaptive());
        h.Series("latency", SeriesDimensions.Empty, Sawtooth(2 * 1440), firstMinute: -2 * 1440);
        h.Series("latency", SeriesDimensions.Empty, [15, 30, 31, 32, 15]);

        var transitions = await h.RunAsync(0, 4);

        Assert.Equal(["raise@3"], EngineHarness.Marks(transitions));
        Assert.Equal("Latency above 24 (baseline 19)", transitions[0].Event.Title);
    }

    [Fact]
    public async Task AutoAdaptive_WithoutEnoughHistory_IsLearningAndNeverRaises()
    {
        var h = new EngineHarness(Adaptive());
        h.Series("latency", SeriesDimensions.Empty, [15, 300, 310, 320, 330, 340]);

        Assert.Empty(await h.RunAsync(0, 5));
    }

    [Fact]
    public async Task AutoAdaptive_LearningSeries_IsRetriedOnceEnoughHistoryExists()
    {
        var h = new EngineHarness(new EvaluationOptions { MinimumAdaptiveSamples = 10, BaselineRetryMinutes = 10 }, Adaptive());
        h.Series("latency", SeriesDimensions.Empty, [.. Sawtooth(20), 100, 100, 100]);

        Assert.Equal(["raise@22"], EngineHarness.Marks(await h.RunAsync(0, 22)));
    }

    [Fact]
    public void Seasonal_ExpectedValueFollowsTheTimeOfDay()
    {
        var history = Enumerable.Range(0, 3 * 1440).Select(Daily).ToArray();

        var baseline = SeasonalBaseline.Compute(history, 0)!;

        Assert.InRange(baseline.BoundsAt(8 * 60, Seasonal().Model).Baseline, Daily(8 * 60) - 10, Daily(8 * 60) + 10);
        Assert.InRange(baseline.BoundsAt(20 * 60, Seasonal().Model).Baseline, Daily(20 * 60) - 10, Daily(20 * 60) + 10);
        Assert.InRange(baseline.BoundsAt((2 * 1440) + (8 * 60), Seasonal().Model).Baseline, Daily(8 * 60) - 10, Daily(8 * 60) + 10);
    }

    [Fact]
    public void Seasonal_LessThanOneDayOfHistory_IsNotReady()
    {
        Assert.Null(SeasonalBaseline.Compute(Enumerable.Repeat(5.0, 1000).ToArray(), 0));
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(2, true)]
    public async Task Seasonal_NoonPeakValue_IsNormalAtNoonButViolatesAtNight(int hour, bool raises)
    {
        const int Day = 1440;
        var h = new EngineHarness(Seasonal());
        h.Series("logins", SeriesDimensions.Empty, Enumerable.Range(0, 3 * Day).Select(i => (double?)Daily(i)), firstMinute: -3 * Day);
        h.Series("logins", SeriesDimensions.Empty, Enumerable.Repeat((double?)Daily(12 * 60), 5), firstMinute: hour * 60);

        var marks = EngineHarness.Marks(await h.RunAsync(hour * 60, (hour * 60) + 4));

        Assert.Equal(raises ? ["raise@" + ((hour * 60) + 2)] : [], marks);
    }

    // Business-hours shape: ~100 at night, ~1000 at noon, with a little noise.
    private static double Daily(int minute)
    {
        var hour = (minute % 1440) / 60.0;
        return 100 + (900 * Math.Max(0, Math.Sin((hour - 6) / 12 * Math.PI))) + (minute % 7);
    }
}
