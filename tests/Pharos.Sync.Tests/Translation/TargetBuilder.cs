using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Alert rules and metrics written in code, for rows the example catalog does not exercise.</summary>
internal static class TargetBuilder
{
    public static readonly SourceLocation At = new("test/rules.yaml", 7, 5);

    public static Resolved<AlertRule> Rule(
        string name,
        string? condition,
        string? severity = "warning",
        bool enabled = true,
        string? description = null,
        params NotificationChannel[] channels) =>
        new(
            new AlertRule(
                name,
                enabled,
                condition is null ? null : new Located<string>(condition, At),
                [new Located<string>("SERVICE", At)],
                severity is null ? null : new Located<string>(severity, At),
                channels,
                description is null ? null : new Located<string>(description, At),
                At),
            new Provenance("test layer", At),
            []);

    public static NotificationChannel Teams(string channel) => new(ChannelKind.Teams, channel, At);

    public static NotificationChannel Email(string address) => new(ChannelKind.Email, address, At);

    public static Resolved<CustomMetric> Metric(string name, string type, string? aggregation = null, string? unit = "count", string? description = "A test metric", params string[] dimensions) =>
        new(
            new CustomMetric(
                name,
                new Located<string>(type, At),
                description,
                unit is null ? null : new Located<string>(unit, At),
                aggregation is null ? null : new Located<string>(aggregation, At),
                dimensions.Select(d => new Located<string>(d, At)).ToList(),
                "application",
                true,
                At),
            new Provenance("test layer", At),
            []);

    /// <summary>The target with its rules replaced (and metrics extended).</summary>
    public static ResolvedTarget WithRules(this ResolvedTarget target, params Resolved<AlertRule>[] rules) =>
        target with { AlertRules = rules };

    public static ResolvedTarget WithMetrics(this ResolvedTarget target, params Resolved<CustomMetric>[] metrics) =>
        target with { CustomMetrics = target.CustomMetrics.Concat(metrics).ToList() };
}
