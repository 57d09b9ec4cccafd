using System.Text.Json;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// Reads a <c>builtin:metric.metadata</c> settings value (schema 4.29) into the store's
/// <see cref="MetricMetadataSettings"/>. The settings validator has checked the value against the schema;
/// this reader still skips members of the wrong JSON type instead of failing, because a replaced validator
/// may be laxer. A member that is absent stays null, so the ingest metadata or the default shows through.
/// </summary>
internal static class MetricMetadataValue
{
    public const string SchemaId = "builtin:metric.metadata";
    private const string ScopePrefix = "metric-";

    /// <summary>The metric key of a <c>metric-&lt;key&gt;</c> scope, or null for any other scope.</summary>
    public static string? MetricKeyOf(string scope) =>
        scope.StartsWith(ScopePrefix, StringComparison.Ordinal) && scope.Length > ScopePrefix.Length ? scope[ScopePrefix.Length..] : null;

    public static MetricMetadataSettings Read(string valueJson)
    {
        using var document = JsonDocument.Parse(valueJson);
        var value = document.RootElement;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return new MetricMetadataSettings();
        }

        var properties = value.TryGetProperty("metricProperties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return new MetricMetadataSettings
        {
            DisplayName = String(value, "displayName"),
            Description = String(value, "description"),
            Unit = String(value, "unit"),
            UnitDisplayFormat = String(value, "unitDisplayFormat"),
            Tags = value.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
                : [],
            SourceEntityType = String(value, "sourceEntityType"),
            Dimensions = value.TryGetProperty("dimensions", out var dimensions) && dimensions.ValueKind == JsonValueKind.Array
                ? [.. dimensions.EnumerateArray()
                    .Where(d => d.ValueKind == JsonValueKind.Object && String(d, "key") is not null)
                    .Select(d => new MetricDimensionMetadata(String(d, "key")!, String(d, "displayName")))]
                : [],
            MinValue = Number(properties, "minValue"),
            MaxValue = Number(properties, "maxValue"),
            RootCauseRelevant = Boolean(properties, "rootCauseRelevant"),
            ImpactRelevant = Boolean(properties, "impactRelevant"),
            ValueType = String(properties, "valueType"),
            Latency = Number(properties, "latency") is { } latency && latency == Math.Floor(latency) && latency is >= int.MinValue and <= int.MaxValue
                ? (int)latency
                : null,
        };
    }

    /// <summary>Whether two settings describe a metric the same way (records compare their lists by reference).</summary>
    public static bool Same(MetricMetadataSettings? a, MetricMetadataSettings? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        // The lists are compared separately below; blank them with the same instances so == sees the rest.
        var noTags = Array.Empty<string>();
        var noDimensions = Array.Empty<MetricDimensionMetadata>();
        return a with { Tags = noTags, Dimensions = noDimensions } == b with { Tags = noTags, Dimensions = noDimensions }
            && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal)
            && a.Dimensions.SequenceEqual(b.Dimensions);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) ? d : null;

    private static bool? Boolean(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
}
