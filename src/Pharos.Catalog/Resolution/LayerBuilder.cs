using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// Lists the layers that apply to one service in one environment, lowest first:
/// profile base → profile environmentOverrides → metrics-catalog profiles (listed order) →
/// metrics-catalog services/&lt;service&gt;/ files (lexical) → inline metrics → service overrides.
/// </summary>
internal static class LayerBuilder
{
    public static IReadOnlyList<Layer> Build(
        ServiceDefinition service,
        MonitoringProfile? profile,
        EnvironmentId environment,
        MetricsCatalogSnapshot? snapshot,
        IDiagnosticSink sink)
    {
        var layers = new List<Layer>();
        if (profile is not null)
        {
            var dt = profile.Dynatrace;
            layers.Add(Layer.Of($"profile {profile.Name}", dt.CustomMetrics, dt.AlertRules, attributes: dt.Application.RequestAttributes));
            foreach (var o in MatchingOverrides(profile.EnvironmentOverrides, o => o.Key.Value, environment))
            {
                layers.Add(Layer.Of($"profile {profile.Name} environmentOverrides.{o.Key.Value}", rules: o.AlertRules));
            }
        }

        if (snapshot is not null)
        {
            var serviceFiles = snapshot.ServiceFileNames(service.Name);
            foreach (var listed in service.Monitoring.MetricsProfiles)
            {
                if (snapshot.HasProfile(listed.Value))
                {
                    foreach (var document in snapshot.ProfileDocuments(listed.Value, sink))
                    {
                        layers.Add(FromDocument($"metrics-catalog profile {listed.Value}", document));
                    }
                }
                else if (!serviceFiles.Any(f => Path.GetFileNameWithoutExtension(f) == listed.Value))
                {
                    // Seed 001 lists service files (payment-business-metrics) as "profiles"; those are
                    // applied with the rest of services/<service>/ below, so only truly unknown names fail.
                    var known = snapshot.ProfileNames().Concat(serviceFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>());
                    sink.Add(CatalogDiagnostics.UnknownMetricsProfile(listed.Location, service.Name, listed.Value, snapshot.DisplayName, known));
                }
            }

            foreach (var document in snapshot.ServiceDocuments(service.Name, sink))
            {
                layers.Add(FromDocument($"metrics-catalog {Relative(document.File)}", document));
            }
        }

        if (service.Monitoring.InlineMetrics.Count > 0)
        {
            layers.Add(Layer.Of($"service {service.Name} inline metrics", service.Monitoring.InlineMetrics));
        }

        foreach (var o in MatchingOverrides(service.Monitoring.Overrides, o => o.Key.Value, environment))
        {
            layers.Add(Layer.Of($"service {service.Name} overrides.{o.Key.Value}", rules: o.AlertRules));
        }

        return layers;
    }

    /// <summary>Overrides keyed by tier apply before those keyed by the exact environment id.</summary>
    public static IEnumerable<T> MatchingOverrides<T>(IEnumerable<T> overrides, Func<T, string> keyOf, EnvironmentId environment)
    {
        var list = overrides.ToList();
        foreach (var o in list.Where(o => keyOf(o) == environment.Tier && environment.Tier != environment.Id))
        {
            yield return o;
        }

        foreach (var o in list.Where(o => keyOf(o) == environment.Id))
        {
            yield return o;
        }
    }

    private static Layer FromDocument(string name, MetricsCatalogDocument document) =>
        Layer.Of(name, document.CustomMetrics, document.AlertRules, document.Dashboards);

    private static string Relative(string displayPath)
    {
        var colon = displayPath.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? displayPath : displayPath[(colon + 1)..];
    }
}
