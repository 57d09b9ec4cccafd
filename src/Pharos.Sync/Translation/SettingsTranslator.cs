using Pharos.Catalog;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

using Pharos.Settings;

namespace Pharos.Sync.Translation;

/// <summary>
/// Resolved catalog targets → the desired Dynatrace Settings 2.0 objects (docs/dynatrace-mapping.md).
/// Pure and deterministic: no I/O, objects in creation order (kind, then externalId), values in
/// canonical key order. One set of objects per service × environment covers all its regions.
/// </summary>
public static class SettingsTranslator
{
    /// <summary>Translates a compiled catalog; service definitions give the management zones their provenance.</summary>
    public static TranslationResult Translate(CompilationResult compilation, TranslationOptions options, IDiagnosticSink sink)
    {
        var locations = compilation.Catalog.Services
            .DistinctBy(s => s.Name)
            .ToDictionary(s => s.Name, s => s.Location, StringComparer.Ordinal);
        return Translate(compilation.Targets, options with { ServiceLocations = locations }, sink);
    }

    public static TranslationResult Translate(IReadOnlyList<ResolvedTarget> targets, TranslationOptions options, IDiagnosticSink sink)
    {
        if (!ExternalIds.IsValidCatalogId(options.CatalogId))
        {
            sink.Add(TranslationDiagnostics.InvalidCatalogId(options.CatalogId ?? ""));
            return TranslationResult.Empty;
        }

        var diagnostics = new DiagnosticBag();
        var objects = new List<DesiredObject>();
        var notSynced = new List<NotSyncedItem>();
        var metadata = new MetricMetadataTranslator(options.CatalogId, diagnostics);
        var reportedChannels = new HashSet<string>(StringComparer.Ordinal);
        var usedChannels = new SortedSet<string>(StringComparer.Ordinal);

        var groups = targets
            .GroupBy(t => (t.Service, Environment: t.Environment.Id))
            .OrderBy(g => g.Key.Service, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Environment, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var regions = group.OrderBy(t => t.Region, StringComparer.Ordinal).ToList();
            var scope = ServiceEntityScope.Of(regions);
            var location = options.ServiceLocations.TryGetValue(group.Key.Service, out var at)
                ? at
                : new SourceLocation($"service {group.Key.Service}", 0, 0);

            List<DesiredObject>? first = null;
            foreach (var target in regions)
            {
                var context = new ServiceEnvironment(options.CatalogId, target, scope, location);
                var routing = new RoutingTranslator(options, diagnostics, reportedChannels);
                var translated = ServiceEnvironmentTranslator.Translate(context, routing, diagnostics);
                usedChannels.UnionWith(routing.UsedTeamsChannels);
                foreach (var metric in target.CustomMetrics)
                {
                    metadata.Add(context, metric);
                }

                notSynced.AddRange(NotSyncedCollector.Collect(context));
                if (first is null)
                {
                    first = translated;
                    objects.AddRange(translated);
                }
                else
                {
                    CompareRegions(first, regions[0].Region, translated, target.Region, group.Key, diagnostics);
                }
            }
        }

        objects.AddRange(metadata.Objects());
        foreach (var unused in options.TeamsWebhookUrls.Keys.Where(k => !usedChannels.Contains(k)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(TranslationDiagnostics.UnusedTeamsWebhook(unused, usedChannels));
        }

        CheckObjectCounts(objects, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            sink.Add(diagnostic);
        }

        var ordered = objects
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.ExternalId, StringComparer.Ordinal)
            .ToList();
        var items = notSynced
            .DistinctBy(n => (n.Kind, n.Service, n.Environment, n.Item, n.Reason))
            .OrderBy(n => n.Service, StringComparer.Ordinal)
            .ThenBy(n => n.Environment, StringComparer.Ordinal)
            .ThenBy(n => n.Kind, StringComparer.Ordinal)
            .ThenBy(n => n.Item, StringComparer.Ordinal)
            .ToList();
        return new TranslationResult(ordered, items);
    }

    // One object serves every region, so a region whose items differ cannot be honoured: say so.
    private static void CompareRegions(
        List<DesiredObject> first, string firstRegion, List<DesiredObject> other, string otherRegion,
        (string Service, string Environment) key, IDiagnosticSink sink)
    {
        var byId = other.ToDictionary(o => o.ExternalId, StringComparer.Ordinal);
        foreach (var desired in first)
        {
            if (!byId.Remove(desired.ExternalId, out var counterpart) || counterpart.ToCanonicalJson() != desired.ToCanonicalJson())
            {
                sink.Add(TranslationDiagnostics.RegionsDiffer(desired.Source.Location, key.Service, key.Environment, Describe(desired), firstRegion, otherRegion));
            }
        }

        foreach (var extra in byId.Values.OrderBy(o => o.ExternalId, StringComparer.Ordinal))
        {
            sink.Add(TranslationDiagnostics.RegionsDiffer(extra.Source.Location, key.Service, key.Environment, Describe(extra), firstRegion, otherRegion));
        }
    }

    private static string Describe(DesiredObject desired) => $"the {SettingsSchemas.KindName(desired.Kind)} object ({desired.Summary})";

    private static void CheckObjectCounts(IReadOnlyList<DesiredObject> objects, IDiagnosticSink sink)
    {
        foreach (var kind in Enum.GetValues<DesiredObjectKind>().Where(k => k != DesiredObjectKind.MetricMetadata))
        {
            var max = SettingsSchemas.MaxObjectsOf(kind);
            var worst = objects
                .Where(o => o.Kind == kind)
                .SelectMany(o => o.Environments)
                .GroupBy(e => e, StringComparer.Ordinal)
                .Select(g => g.Count())
                .DefaultIfEmpty(0)
                .Max();
            if (worst > max)
            {
                sink.Add(TranslationDiagnostics.TooManyObjects(SettingsSchemas.SchemaIdOf(kind), worst, max));
            }
        }
    }
}
