using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Evaluation;

public class CanaryGateTests
{
    private static readonly CanaryInput Input = new(TestData.Target, "1.5.0", "1.4.2");

    private static readonly string CanarySelector = TestData.Target.EntitySelector + ",tag(\"[Kubernetes]app.kubernetes.io/version:1.5.0\")";

    private static bool IsCanary(string? selector) => selector == CanarySelector;

    private static MetricSeriesData Series(IEnumerable<double> values) => new() { Values = values.Select(v => (double?)v).ToList() };

    /// <summary>30 per-minute values alternating around <paramref name="level"/> (±5 %), deterministic.</summary>
    private static double[] Flat(double level, int count = 30) =>
        Enumerable.Range(0, count).Select(i => level * (0.95 + (0.1 * ((i * 7) % 11) / 10.0))).ToArray();

    private static FakeDataSource Environment(
        double canaryErrors = 1.0,
        double stableErrors = 1.0,
        int canaryProblems = 0,
        int stableProblems = 0,
        int samples = 30) => new()
        {
            Problems = r => Enumerable.Range(0, IsCanary(r.EntitySelector) ? canaryProblems : stableProblems)
                .Select(i => TestData.Problem($"P-{(IsCanary(r.EntitySelector) ? 700 : 800) + i}", "ERROR", TestData.Now.AddMinutes(-i - 1)))
                .ToList(),
            Metrics = r => r.MetricSelector.StartsWith("builtin:service.errors", StringComparison.Ordinal)
                ? [Series(Flat(IsCanary(r.EntitySelector) ? canaryErrors : stableErrors, samples))]
                : [Series(Flat(200_000, samples))],
        };

    private static Task<Decision> Evaluate(FakeDataSource source, GatePolicy? policy = null) =>
        CanaryGate.EvaluateAsync(source, Input, policy ?? GatePolicy.Default, TestData.Context(), CancellationToken.None);

    [Fact]
    public void ArmSelector_FillsTargetAndQuotedVersion()
    {
        Assert.Equal(CanarySelector, CanaryGate.ArmSelector(new CanaryPolicy(), TestData.Target, "1.5.0"));
        Assert.EndsWith("version:1.5.0~\"rc~~1\")", CanaryGate.ArmSelector(new CanaryPolicy(), TestData.Target, "1.5.0\"rc~1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_AsksForProblemsAndEveryMetricPerVersion()
    {
        var source = Environment();

        await Evaluate(source);

        var problems = source.Requests.OfType<ProblemRequest>().ToList();
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(TestData.Now.AddMinutes(-15), p.From));
        var metrics = source.Requests.OfType<MetricRequest>().ToList();
        Assert.Equal(4, metrics.Count);
        Assert.All(metrics, m => Assert.Equal(TestData.Now.AddMinutes(-30), m.From));
        Assert.All(metrics, m => Assert.Equal("1m", m.Resolution));
        Assert.Contains(metrics, m => m.MetricSelector == "builtin:service.response.time:splitBy():percentile(95)" && IsCanary(m.EntitySelector));
    }

    [Fact]
    public async Task Evaluate_SameBehaviour_Promotes()
    {
        var decision = await Evaluate(Environment());

        Assert.Equal("PROMOTE", decision.Verdict);
        Assert.Equal(0, decision.ExitCode);
        Assert.Equal(
            [ReasonCodes.CanaryProblemsWithinRatio, ReasonCodes.CanaryMetricNoRegression, ReasonCodes.CanaryMetricNoRegression],
            decision.Objectives.Select(o => o.ReasonCode));
        Assert.Equal(2, decision.Objectives[1].Requests.Count);
    }

    [Fact]
    public async Task Evaluate_DoubleErrorRate_RollsBack()
    {
        var decision = await Evaluate(Environment(canaryErrors: 2.0));

        Assert.Equal("ROLLBACK", decision.Verdict);
        Assert.Equal(1, decision.ExitCode);
        var errorRate = Assert.Single(decision.Objectives, o => o.Name == "error_rate");
        Assert.Equal(ReasonCodes.CanaryMetricRegression, errorRate.ReasonCode);
        Assert.StartsWith("canary 2", errorRate.Value, StringComparison.Ordinal);
        Assert.Contains("(+100 %)", errorRate.Value, StringComparison.Ordinal);
        Assert.Contains("n = 30/30", errorRate.Value, StringComparison.Ordinal);
        Assert.Equal("regression when the canary ranks higher (two-sided Mann-Whitney p < 0.05) and change > +10 %", errorRate.Threshold);
        Assert.Equal("roll back 1.5.0: error_rate regressed (1.5.0 against 1.4.2 of payment-processor (prod)).", decision.Summary);
    }

    [Fact]
    public async Task Evaluate_SignificantButSmallIncrease_IsWithinTolerance()
    {
        // Every canary value 5 % above its stable counterpart: ranks clearly higher, but below +10 %.
        var decision = await Evaluate(Environment(canaryErrors: 1.05));

        Assert.Equal("PROMOTE", decision.Verdict);
        Assert.Equal(ReasonCodes.CanaryMetricWithinTolerance, Assert.Single(decision.Objectives, o => o.Name == "error_rate").ReasonCode);
    }

    [Fact]
    public async Task Evaluate_LowerErrorRate_IsNoRegression()
    {
        var decision = await Evaluate(Environment(canaryErrors: 0.5));

        Assert.Equal(ReasonCodes.CanaryMetricNoRegression, Assert.Single(decision.Objectives, o => o.Name == "error_rate").ReasonCode);
    }

    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(1, 0, true)]
    [InlineData(3, 2, false)]
    [InlineData(4, 2, true)]
    [InlineData(0, 0, false)]
    public async Task Evaluate_Problems_RollBackAboveOneAndAHalfTimesStable(int canary, int stable, bool rollback)
    {
        var decision = await Evaluate(Environment(canaryProblems: canary, stableProblems: stable));

        var objective = decision.Objectives[0];
        Assert.Equal(rollback ? ReasonCodes.CanaryProblemsAboveRatio : ReasonCodes.CanaryProblemsWithinRatio, objective.ReasonCode);
        Assert.Equal($"canary {canary}, stable {stable}", objective.Value);
        Assert.Equal(rollback ? "ROLLBACK" : "PROMOTE", decision.Verdict);
        Assert.Equal(canary, decision.Objectives.Count(o => o.ReasonCode == ReasonCodes.CanaryProblem));
    }

    [Fact]
    public async Task Evaluate_TooFewSamples_IsInconclusive()
    {
        var decision = await Evaluate(Environment(canaryErrors: 5.0, samples: 9));

        Assert.Equal("INCONCLUSIVE", decision.Verdict);
        Assert.Equal(3, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives, o => o.Name == "error_rate");
        Assert.Equal(ReasonCodes.CanaryTooFewSamples, objective.ReasonCode);
        Assert.Equal("n = 9/9 (canary/stable)", objective.Value);
        Assert.Equal("at least 10 samples per version", objective.Threshold);
    }

    [Fact]
    public async Task Evaluate_ProblemsOutrankInconclusiveMetrics()
    {
        var decision = await Evaluate(Environment(canaryProblems: 2, samples: 3));

        Assert.Equal("ROLLBACK", decision.Verdict);
    }

    [Fact]
    public async Task Evaluate_EmptySlots_AreDroppedNotCountedAsZero()
    {
        var source = Environment();
        source.Metrics = r => [new MetricSeriesData { Values = [.. Flat(1.0, 8).Select(v => (double?)v), null, null, null] }];

        var decision = await Evaluate(source);

        var objective = Assert.Single(decision.Objectives, o => o.Name == "error_rate");
        Assert.Equal(ReasonCodes.CanaryTooFewSamples, objective.ReasonCode);
        Assert.Equal("n = 8/8 (canary/stable), 3/3 empty slots dropped", objective.Value);
    }

    [Fact]
    public async Task Evaluate_MetricUnavailable_OnlyThatObjectiveErrors()
    {
        var source = Environment(canaryProblems: 0);
        source.Metrics = r => r.MetricSelector.Contains("response.time", StringComparison.Ordinal)
            ? throw new GateDataException("metric not found.")
            : [Series(Flat(1.0))];

        var decision = await Evaluate(source);

        Assert.Equal("ERROR", decision.Verdict);
        Assert.Equal(4, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives, o => o.Name == "latency_p95");
        Assert.Equal(ReasonCodes.DataUnavailable, objective.ReasonCode);
        Assert.Equal(2, objective.Requests.Count);
        Assert.Equal(ReasonCodes.CanaryMetricNoRegression, Assert.Single(decision.Objectives, o => o.Name == "error_rate").ReasonCode);
    }

    [Fact]
    public async Task Evaluate_FailureOutranksAnError()
    {
        var source = Environment(canaryErrors: 3.0);
        source.Problems = _ => throw new GateDataException("timeout.");

        var decision = await Evaluate(source);

        Assert.Equal("ROLLBACK", decision.Verdict);
    }
}
