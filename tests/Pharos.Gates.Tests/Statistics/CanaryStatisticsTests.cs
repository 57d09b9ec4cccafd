using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Statistics;
using Xunit.Abstractions;

namespace Pharos.Gates.Tests.Statistics;

/// <summary>
/// The canary metric rule, measured on seeded synthetic data (see <see cref="SyntheticTraffic"/>):
/// how often it fails a canary that is no different (A/A) and how often it catches a real
/// regression. Trials are independent; seeds are fixed so the figures are reproducible.
/// </summary>
public class CanaryStatisticsTests(ITestOutputHelper output)
{
    private const int Trials = 2000;
    private const int SamplesPerArm = 30;

    private static readonly CanaryPolicy Policy = new();
    private static readonly CanaryMetric ErrorRate = Policy.Metrics.Single(m => m.Name == "error_rate");
    private static readonly CanaryMetric Latency = Policy.Metrics.Single(m => m.Name == "latency_p95");

    private static bool Fails(CanaryMetric metric, double[] canary, double[] stable)
    {
        var request = new MetricRequest(metric.MetricSelector, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "1m");
        var samples = new CanaryMetricSamples(metric, request, request, new SampleSet(canary, 0), new SampleSet(stable, 0));
        return CanaryMetricJudge.Judge(samples, Policy).Outcome == Outcome.Fail;
    }

    private double Rate(string label, Func<SyntheticTraffic, bool> trial, int seed)
    {
        var traffic = new SyntheticTraffic(seed);
        var hits = 0;
        for (var i = 0; i < Trials; i++)
        {
            if (trial(traffic))
            {
                hits++;
            }
        }

        var rate = (double)hits / Trials;
        output.WriteLine($"{label}: {hits}/{Trials} = {rate:P2}");
        return rate;
    }

    [Fact]
    public void ErrorRate_AA_FalseFailRateIsAtMostAlpha()
    {
        var rate = Rate("error rate A/A (1 % vs 1 %) false fail", t => Fails(ErrorRate, t.ErrorRates(SamplesPerArm, 0.01), t.ErrorRates(SamplesPerArm, 0.01)), seed: 1);

        Assert.InRange(rate, 0, 0.05);
    }

    [Fact]
    public void ErrorRate_DoubledWith30SamplesPerArm_IsDetectedInAtLeast90PercentOfTrials()
    {
        var rate = Rate("error rate 2× (2 % vs 1 %) detected", t => Fails(ErrorRate, t.ErrorRates(SamplesPerArm, 0.02), t.ErrorRates(SamplesPerArm, 0.01)), seed: 2);

        Assert.InRange(rate, 0.90, 1);
    }

    [Fact]
    public void Latency_AA_FalseFailRateIsAtMostAlpha()
    {
        var rate = Rate("latency A/A false fail", t => Fails(Latency, t.Latencies(SamplesPerArm, 200_000), t.Latencies(SamplesPerArm, 200_000)), seed: 3);

        Assert.InRange(rate, 0, 0.05);
    }

    [Fact]
    public void Latency_25PercentSlowerWith30SamplesPerArm_IsDetectedInAtLeast90PercentOfTrials()
    {
        var rate = Rate("latency +25 % detected", t => Fails(Latency, t.Latencies(SamplesPerArm, 250_000), t.Latencies(SamplesPerArm, 200_000)), seed: 4);

        Assert.InRange(rate, 0.90, 1);
    }

    [Fact]
    public void MannWhitney_AAOnContinuousData_RejectsAtTheNominalRate()
    {
        // The test alone, without the practical-size threshold, must be calibrated: about 5 % of
        // A/A trials below p = 0.05. 4000 trials put the estimate within ±0.7 points (2σ).
        var traffic = new SyntheticTraffic(5);
        var rejections = 0;
        const int Runs = 4000;
        for (var i = 0; i < Runs; i++)
        {
            if (MannWhitneyU.Test(traffic.Uniform(SamplesPerArm), traffic.Uniform(SamplesPerArm), Alternative.Greater).PValue < 0.05)
            {
                rejections++;
            }
        }

        var rate = (double)rejections / Runs;
        output.WriteLine($"Mann-Whitney A/A size at α = 0.05: {rejections}/{Runs} = {rate:P2}");
        Assert.InRange(rate, 0.035, 0.065);
    }

    [Fact]
    public void MannWhitney_AAOnSmallExactSamples_StaysAtOrBelowAlpha()
    {
        var traffic = new SyntheticTraffic(6);
        var rejections = 0;
        const int Runs = 4000;
        for (var i = 0; i < Runs; i++)
        {
            if (MannWhitneyU.Test(traffic.Uniform(8), traffic.Uniform(8), Alternative.Greater).PValue < 0.05)
            {
                rejections++;
            }
        }

        var rate = (double)rejections / Runs;
        output.WriteLine($"exact Mann-Whitney (8 vs 8) A/A size: {rate:P2}");
        Assert.InRange(rate, 0.03, 0.055);
    }
}
