using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Statistics;
using Pharos.Gates.Tests.Statistics;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Reporting;

/// <summary>Decisions made by the real rules from fixed data, for golden files.</summary>
internal static class SampleDecisions
{
    public static Decision PreDeployBlock()
    {
        var request = PreDeployGate.Request(TestData.Target, GatePolicy.Default, TestData.Now);
        return PreDeployGate.Decide(
            TestData.Target,
            [
                TestData.Problem("P-2503141", "ERROR", TestData.Now.AddMinutes(-12), title: "Failure rate increase"),
                TestData.Problem("P-2503142", "PERFORMANCE", TestData.Now.AddMinutes(-7), title: "Response time degradation | p95"),
                TestData.Problem("P-2503140", "AVAILABILITY", TestData.Now.AddMinutes(-25), linkedTo: "-2503141_1741946400000V2", title: "Service unavailable") with { LinkedDisplayId = "P-2503141" },
            ],
            request,
            GatePolicy.Default,
            TestData.EnvironmentUrl,
            TestData.Now);
    }

    public static Decision PostDeployHealthy()
    {
        var policy = GatePolicy.Default;
        var since = TestData.Now.AddMinutes(-10);
        var request = PostDeployGate.ProblemsRequest(TestData.Target, null, since, policy, TestData.Now);
        return PostDeployGate.Decide(TestData.Target, null, null, since, [TestData.Problem("P-7", "PERFORMANCE", since.AddMinutes(2), status: "CLOSED", title: "Slow \"checkout\"")], request, policy, TestData.EnvironmentUrl, TestData.Now);
    }

    public static Decision CanaryRollback()
    {
        var policy = GatePolicy.Default with { WarningsPass = true };
        var rules = policy.Canary;
        var input = new CanaryInput(TestData.Target, "1.5.0", "1.4.2");
        var canarySelector = CanaryGate.ArmSelector(rules, TestData.Target, "1.5.0");
        var stableSelector = CanaryGate.ArmSelector(rules, TestData.Target, "1.4.2");
        var from = TestData.Now - rules.MetricWindow;
        var traffic = new SyntheticTraffic(11);
        var metrics = rules.Metrics.Select(m => new CanaryMetricSamples(
            m,
            new MetricRequest(m.MetricSelector, canarySelector, from, TestData.Now, rules.Resolution),
            new MetricRequest(m.MetricSelector, stableSelector, from, TestData.Now, rules.Resolution),
            new SampleSet(m.Name == "error_rate" ? traffic.ErrorRates(30, 0.02) : traffic.Latencies(12, 200_000), 0),
            new SampleSet(m.Name == "error_rate" ? traffic.ErrorRates(30, 0.01) : traffic.Latencies(12, 200_000), m.Name == "error_rate" ? 0 : 18)))
            .ToList();
        var problems = new ProblemRequest(null, canarySelector, TestData.Now - rules.ProblemWindow, TestData.Now);
        var stableProblems = new ProblemRequest(null, stableSelector, TestData.Now - rules.ProblemWindow, TestData.Now);
        var data = new CanaryData(
            new CanaryArmProblems(problems, [TestData.Problem("P-88", "ERROR", TestData.Now.AddMinutes(-4), title: "Failure rate increase")]),
            new CanaryArmProblems(stableProblems, []),
            metrics);
        return CanaryGate.Decide(input, data, policy, TestData.EnvironmentUrl, TestData.Now);
    }

    public static Decision SloWarn()
    {
        var input = new SloInput(TestData.Target);
        GateSlo[] slos =
        [
            new()
            {
                Id = "b7f1", Name = "payment-processor availability", Status = "WARNING", Target = 99.9, Warning = 99.95,
                EvaluatedPercentage = 99.915, ErrorBudget = 0.015, Timeframe = "-1w",
                BurnRate = new GateSloBurnRate("SLOW", 1.2, 10),
            },
        ];
        return SloGate.Decide(TestData.Target, slos, SloGate.Request(input, GatePolicy.Default), GatePolicy.Default, TestData.Now);
    }
}
