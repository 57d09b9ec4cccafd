using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;
using Pharos.Gates.Statistics;

namespace Pharos.Gates.Evaluation;

/// <summary><c>pharos gate canary --canary V2 --stable V1</c>.</summary>
public sealed record CanaryInput(GateTarget Target, string CanaryVersion, string StableVersion);

/// <summary>The problems of one version, or why they could not be read.</summary>
public sealed record CanaryArmProblems(ProblemRequest Request, IReadOnlyList<GateProblem>? Problems, string? Error = null);

/// <summary>One metric's samples for both versions, or why they could not be read.</summary>
public sealed record CanaryMetricSamples(
    CanaryMetric Metric,
    MetricRequest CanaryRequest,
    MetricRequest StableRequest,
    SampleSet? Canary,
    SampleSet? Stable,
    string? Error = null);

/// <summary>Everything the canary decision is made from.</summary>
public sealed record CanaryData(CanaryArmProblems Canary, CanaryArmProblems Stable, IReadOnlyList<CanaryMetricSamples> Metrics);
