using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>
/// A <c>gates:</c> block as written in one layer (a profile, a profile's environment override, a
/// service or a service's environment override). Only the settings it names are listed; a higher
/// layer replaces a lower layer's value setting by setting (see docs/merge-semantics.md).
/// </summary>
public sealed record GateSettings(IReadOnlyList<GateSetting> Settings, SourceLocation? Location)
{
    public static GateSettings Empty { get; } = new([], null);

    public GateSetting? Find(string path) => Settings.FirstOrDefault(s => s.Path == path);
}

/// <summary>One gate setting, e.g. <c>preDeploy.lookback</c> = 45m, and where it is written.</summary>
public sealed record GateSetting(string Path, GateValue Value, SourceLocation Location);

/// <summary>A checked gate setting value; <see cref="Text"/> is how it is written to generated output.</summary>
public abstract record GateValue
{
    public abstract string Text { get; }
}

/// <summary>A duration such as <c>30m</c> or <c>1h30m</c>.</summary>
public sealed record GateDuration(TimeSpan Value) : GateValue
{
    public override string Text => GateDurations.Format(Value);
}

public sealed record GateNumber(double Value) : GateValue
{
    public override string Text => Value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record GateFlag(bool Value) : GateValue
{
    public override string Text => Value ? "true" : "false";
}

/// <summary>
/// The metrics a canary is compared on. A metric without its own <see cref="GateCanaryMetric.MaxRelativeIncrease"/>
/// takes <c>canary.maxRelativeIncrease</c> (or the built-in 0.1).
/// </summary>
public sealed record GateCanaryMetrics(IReadOnlyList<GateCanaryMetric> Values) : GateValue
{
    public override string Text => "[" + string.Join(", ", Values.Select(v => v.Name)) + "]";

    public bool Equals(GateCanaryMetrics? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Count;
}

/// <summary>One canary metric: higher is worse; <see cref="Selector"/> is a Metrics API v2 selector queried per version.</summary>
public sealed record GateCanaryMetric(string Name, string Selector, string Unit, double? MaxRelativeIncrease);

/// <summary>A list of problem severities, upper case, in the order written.</summary>
public sealed record GateSeverities(IReadOnlyList<string> Values) : GateValue
{
    public override string Text => "[" + string.Join(", ", Values) + "]";

    public bool Equals(GateSeverities? other) => other is not null && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override int GetHashCode() => Values.Aggregate(0, (hash, v) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(v)));
}
