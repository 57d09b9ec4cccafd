using System.Text.Json.Nodes;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

using Pharos.Settings;

namespace Pharos.Sync.Translation;

/// <summary>
/// Custom metrics → <c>builtin:metric.metadata</c>, one object per Dynatrace metric key on scope
/// <c>metric-&lt;key&gt;</c> (the schema allows one object per metric). A key used by several
/// services or environments gets one object, needed by all their environments; its definition
/// must be the same everywhere (PH3004).
/// </summary>
internal sealed class MetricMetadataTranslator
{
    private readonly string _catalogId;
    private readonly IDiagnosticSink _sink;
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);

    public MetricMetadataTranslator(string catalogId, IDiagnosticSink sink)
    {
        _catalogId = catalogId;
        _sink = sink;
    }

    public void Add(ServiceEnvironment context, Resolved<CustomMetric> resolved)
    {
        var metric = resolved.Value;
        if (!metric.Enabled)
        {
            return;
        }

        var type = CustomMetricSeries.TypeOf(metric) ?? Conditions.Symbols.CustomMetricType.Gauge;
        var key = DynatraceMetricKeys.For(metric.Name, type);
        var value = Value(metric);
        var canonical = CanonicalJson.Write(value);
        if (_byKey.TryGetValue(key, out var entry))
        {
            if (entry.Canonical != canonical)
            {
                if (entry.FirstService == context.Service && entry.FirstEnvironment == context.Environment)
                {
                    _sink.Add(TranslationDiagnostics.RegionsDiffer(metric.Location, context.Service, context.Environment, $"metric '{metric.Name}'", entry.FirstRegion, context.Target.Region));
                }
                else if (entry.Conflicts.Add(context.Service))
                {
                    _sink.Add(TranslationDiagnostics.MetricMetadataConflict(metric.Location, key, entry.FirstService, context.Service, entry.Source.Location));
                }

                return;
            }

            entry.Environments.Add(context.Environment);
            entry.Services.Add(context.Service);
            return;
        }

        _byKey[key] = new Entry(key, value, canonical, resolved.Source, context.Service, context.Environment, context.Target.Region)
        {
            Environments = { context.Environment },
            Services = { context.Service },
        };
    }

    public IEnumerable<DesiredObject> Objects() => _byKey.Values.Select(entry =>
        new DesiredObject(
            DesiredObjectKind.MetricMetadata,
            SettingsSchemas.MetricMetadata,
            SettingsSchemas.VersionOf(DesiredObjectKind.MetricMetadata),
            "metric-" + entry.Key,
            ExternalIds.For(_catalogId, DesiredObjectKind.MetricMetadata, "", "", entry.Key),
            CanonicalJson.SortObject(entry.Value),
            entry.Source,
            $"metadata of metric '{entry.Key}' (used by {string.Join(", ", entry.Services)})")
        {
            Environments = entry.Environments.ToList(),
        });

    private JsonObject Value(CustomMetric metric)
    {
        var value = new JsonObject
        {
            ["displayName"] = Text.Limit(metric.Name, 300),
            ["unit"] = Unit(metric),
            ["dimensions"] = new JsonArray(metric.Dimensions
                .Select(d => d.Value)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(d => (JsonNode)new JsonObject { ["key"] = d })
                .ToArray()),
        };
        var description = string.IsNullOrWhiteSpace(metric.Description)
            ? $"Managed by Pharos (catalog {_catalogId})."
            : $"{metric.Description} Managed by Pharos (catalog {_catalogId}).";
        value["description"] = Text.Limit(description, 65535);
        return value;
    }

    private string Unit(CustomMetric metric)
    {
        if (metric.Unit is not { } unit)
        {
            return "Unspecified";
        }

        if (MetricFacts.Units.TryGetValue(unit.Value.Trim().ToLowerInvariant(), out var dynatraceUnit))
        {
            return dynatraceUnit;
        }

        _sink.Add(TranslationDiagnostics.UnknownUnit(unit.Location, metric.Name, unit.Value));
        return "Unspecified";
    }

    private sealed record Entry(string Key, JsonObject Value, string Canonical, Provenance Source, string FirstService, string FirstEnvironment, string FirstRegion)
    {
        public SortedSet<string> Environments { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Services { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Conflicts { get; } = new(StringComparer.Ordinal);
    }
}
