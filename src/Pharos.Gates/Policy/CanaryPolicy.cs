namespace Pharos.Gates.Policy;

/// <summary>
/// Seed 002 "Canary Analysis Pattern": ROLLBACK when the canary has more than 1.5 × the stable
/// version's problems in the last 15 minutes. Pharos adds a per-version metric comparison (two-sided
/// Mann-Whitney U at <see cref="Alpha"/>, canary higher, plus a practical-size threshold per metric) over
/// <see cref="MetricWindow"/>, which at 1-minute resolution gives the 30 samples per arm the
/// statistics are validated for.
/// </summary>
public sealed record CanaryPolicy
{
    public TimeSpan ProblemWindow { get; init; } = TimeSpan.FromMinutes(15);

    public double ProblemRatio { get; init; } = 1.5;

    public TimeSpan MetricWindow { get; init; } = TimeSpan.FromMinutes(30);

    public string Resolution { get; init; } = "1m";

    public double Alpha { get; init; } = 0.05;

    /// <summary>Fewer samples than this in either arm make the metric INCONCLUSIVE.</summary>
    public int MinSamples { get; init; } = 10;

    /// <summary>
    /// Entity selector of one version: <c>{selector}</c> is the target's selector, <c>{version}</c>
    /// the version (quoted for the selector). Default: the Kubernetes recommended version label.
    /// </summary>
    public string ArmSelectorTemplate { get; init; } = "{selector},tag(\"[Kubernetes]app.kubernetes.io/version:{version}\")";

    public IReadOnlyList<CanaryMetric> Metrics { get; init; } =
    [
        new("error_rate", "builtin:service.errors.total.rate:splitBy()", "%", 0.10),
        new("latency_p95", "builtin:service.response.time:splitBy():percentile(95)", "µs", 0.10),
    ];
}

/// <summary>
/// One metric compared between versions. Higher values are worse. The canary regresses when its
/// samples are significantly higher and its mean exceeds the stable mean by more than
/// <see cref="MaxRelativeIncrease"/> (0.10 = +10 %).
/// </summary>
public sealed record CanaryMetric(string Name, string MetricSelector, string Unit, double MaxRelativeIncrease);
