using System.Text.Json;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>Stable fingerprints of a metric event and of its query, to notice a changed configuration across restarts.</summary>
internal static class MetricEventFingerprint
{
    public static string Of(MetricEventConfig config) => EventIdentity.Fingerprint(JsonSerializer.Serialize(config with { Enabled = true }));

    public static string OfQuery(MetricQueryDefinition query) => EventIdentity.Fingerprint(JsonSerializer.Serialize(query));
}
