using Pharos.Catalog.Model;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// The gate policy the catalog sets for one service in one environment: only the settings some
/// layer names, in <see cref="GateFacts.Settings"/> order, each with the layer that won and the
/// values it shadowed. Settings no layer names keep the gate's built-in (seed 002) default.
/// </summary>
public sealed record ResolvedGates(IReadOnlyList<Resolved<GateSetting>> Settings)
{
    public static ResolvedGates Empty { get; } = new([]);

    public bool IsEmpty => Settings.Count == 0;

    public Resolved<GateSetting>? Find(string path) => Settings.FirstOrDefault(s => s.Value.Path == path);

    /// <summary>
    /// Equal when the same settings have the same values from the same layers. Positions and shadowed
    /// values are provenance, not policy: the gates read back from a ConfigMap equal the catalog's.
    /// </summary>
    public bool Equals(ResolvedGates? other) =>
        other is not null && Settings.Select(Key).SequenceEqual(other.Settings.Select(Key));

    public override int GetHashCode() => Settings.Count;

    private static (string Path, GateValue Value, string Layer) Key(Resolved<GateSetting> setting) =>
        (setting.Value.Path, setting.Value.Value, setting.Source.Layer);
}
