namespace Pharos.Catalog.Model;

public enum GateSettingKind
{
    Duration,
    Number,
    Integer,
    Flag,
    Severities,
    CanaryMetrics,
}

/// <summary>
/// One setting a <c>gates:</c> block may hold: its section (empty for top-level settings), field,
/// kind and allowed range. <see cref="Minimum"/>/<see cref="Maximum"/> apply to numbers and
/// durations (durations in seconds).
/// </summary>
public sealed record GateSettingSpec(string Section, string Field, GateSettingKind Kind, double Minimum, bool MinimumIncluded, double Maximum, string Range)
{
    public string Path => Section.Length == 0 ? Field : $"{Section}.{Field}";

    public bool InRange(double value) =>
        (MinimumIncluded ? value >= Minimum : value > Minimum) && value <= Maximum;
}

/// <summary>
/// What the catalog's <c>gates:</c> block accepts. The names mirror <c>Pharos.Gates.Policy.GatePolicy</c>
/// (camel case), and the severities the Problems API v2 levels; a test in Pharos.Cli.Tests keeps both in step.
/// </summary>
public static class GateFacts
{
    public static IReadOnlyList<string> Severities { get; } =
        ["AVAILABILITY", "ERROR", "PERFORMANCE", "RESOURCE_CONTENTION", "CUSTOM_ALERT", "MONITORING_UNAVAILABLE", "INFO"];

    // The seed-002 defaults the cross-setting checks need; GatePolicy holds the same values (tested in Pharos.Cli.Tests).
    public static IReadOnlyList<string> DefaultBlockingSeverities { get; } = ["AVAILABILITY", "ERROR"];

    public static IReadOnlyList<string> DefaultWarningSeverities { get; } = ["PERFORMANCE", "RESOURCE_CONTENTION"];

    public const double DefaultFailBelowRemainingBudgetPercent = 0;

    public const double DefaultWarnBelowRemainingBudgetPercent = 20;

    public static IReadOnlyList<string> Sections { get; } = ["preDeploy", "postDeploy", "canary", "slo"];

    public static IReadOnlyList<GateSettingSpec> Settings { get; } =
    [
        new("", "warningsPass", GateSettingKind.Flag, 0, true, 0, ""),
        new("preDeploy", "lookback", GateSettingKind.Duration, 0, false, double.MaxValue, "longer than zero"),
        new("preDeploy", "blockingSeverities", GateSettingKind.Severities, 0, true, 0, ""),
        new("preDeploy", "warningSeverities", GateSettingKind.Severities, 0, true, 0, ""),
        new("postDeploy", "criticalSeverities", GateSettingKind.Severities, 0, true, 0, ""),
        new("postDeploy", "degradedAbove", GateSettingKind.Integer, 0, true, double.MaxValue, "a whole number, 0 or more"),
        // Zero is allowed: it only switches off the clock-skew allowance.
        new("postDeploy", "startTolerance", GateSettingKind.Duration, 0, true, double.MaxValue, "zero or longer"),
        new("postDeploy", "deploymentLookback", GateSettingKind.Duration, 0, false, double.MaxValue, "longer than zero"),
        new("postDeploy", "observePollInterval", GateSettingKind.Duration, 0, false, double.MaxValue, "longer than zero"),
        new("canary", "problemWindow", GateSettingKind.Duration, 0, false, double.MaxValue, "longer than zero"),
        new("canary", "problemRatio", GateSettingKind.Number, 0, false, double.MaxValue, "above 0 (canary problems > ratio × stable problems rolls back)"),
        new("canary", "metricWindow", GateSettingKind.Duration, 0, false, double.MaxValue, "longer than zero"),
        new("canary", "alpha", GateSettingKind.Number, 0, false, 0.5, "in (0, 0.5], e.g. 0.05"),
        // With fewer than 3 samples per version no p-value can fall below 0.05.
        new("canary", "minSamples", GateSettingKind.Integer, 3, true, double.MaxValue, "a whole number, 3 or more"),
        new("canary", "metrics", GateSettingKind.CanaryMetrics, 0, true, 0, ""),
        new("canary", "maxRelativeIncrease", GateSettingKind.Number, 0, true, double.MaxValue, "0 or more, a fraction of the stable mean (0.1 = +10 %)"),
        new("slo", "failBelowRemainingBudgetPercent", GateSettingKind.Number, 0, true, 100, "in [0, 100] percent"),
        new("slo", "warnBelowRemainingBudgetPercent", GateSettingKind.Number, 0, true, 100, "in [0, 100] percent"),
        new("slo", "failOnFastBurn", GateSettingKind.Flag, 0, true, 0, ""),
    ];

    public static GateSettingSpec? Find(string path) => Settings.FirstOrDefault(s => s.Path == path);
}
