using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Checks that concern a service as a whole (names, environments, regions, overrides, labels).</summary>
internal static class ServiceValidator
{
    public static void Check(ServiceCatalog catalog, IDiagnosticSink sink)
    {
        var first = new Dictionary<string, ServiceDefinition>(StringComparer.Ordinal);
        foreach (var service in catalog.Services)
        {
            if (first.TryGetValue(service.Name, out var earlier))
            {
                sink.Add(CatalogDiagnostics.DuplicateService(service.Location, service.Name, earlier.Location));
            }
            else
            {
                first[service.Name] = service;
            }

            Check(service, catalog, sink);
        }

        CheckProfileOverrideKeys(catalog, sink);
    }

    private static void Check(ServiceDefinition service, ServiceCatalog catalog, IDiagnosticSink sink)
    {
        if (!KubernetesNames.IsDnsLabel(service.Name))
        {
            sink.Add(CatalogDiagnostics.InvalidName(service.Location, "service name", service.Name));
        }

        if (service.EnabledIn.Count == 0)
        {
            sink.Add(CatalogDiagnostics.EmptyEnabledIn(service.Location, service.Name));
        }

        var environments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var env in service.EnabledIn)
        {
            if (!env.Value.HasKnownTier)
            {
                sink.Add(CatalogDiagnostics.InvalidEnvironment(env.Location, env.Value.Id, EnvironmentId.Tiers));
            }
            else if (!KubernetesNames.IsDnsLabel(env.Value.Id))
            {
                sink.Add(CatalogDiagnostics.InvalidName(env.Location, "environment", env.Value.Id));
            }

            if (!environments.Add(env.Value.Id))
            {
                sink.Add(CatalogDiagnostics.DuplicateListValue(env.Location, "enabledIn", env.Value.Id));
            }
        }

        if (service.Regions.Count == 0)
        {
            sink.Add(CatalogDiagnostics.NoRegions(service.Location, service.Name));
        }

        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in service.Regions)
        {
            if (!KubernetesNames.IsDnsLabel(region.Value))
            {
                sink.Add(CatalogDiagnostics.InvalidName(region.Location, "region", region.Value));
            }

            if (!regions.Add(region.Value))
            {
                sink.Add(CatalogDiagnostics.DuplicateListValue(region.Location, "regions", region.Value));
            }
        }

        if (service.MonitoringProfile is { } profile && !catalog.Profiles.ContainsKey(profile.Value))
        {
            sink.Add(CatalogDiagnostics.UnknownProfile(profile.Location, profile.Value, catalog.Profiles.Keys));
        }

        var tiers = service.EnabledIn.Select(e => e.Value.Tier).Distinct().ToList();
        foreach (var o in service.Monitoring.Overrides)
        {
            if (!environments.Contains(o.Key.Value) && !tiers.Contains(o.Key.Value))
            {
                sink.Add(CatalogDiagnostics.OverrideForDisabledEnvironment(o.Key.Location, service.Name, o.Key.Value, environments));
            }
        }

        CheckLabel(service.Cost.CostCenter, "cost.costCenter", sink);
        CheckLabel(service.Cost.BusinessUnit, "cost.businessUnit", sink);

        if (service.Monitoring.MetricsProfiles.Count > 0 && service.Monitoring.Repository is null)
        {
            sink.Add(CatalogDiagnostics.MetricsCatalogWithoutRepository(service.Monitoring.MetricsProfiles[0].Location, service.Name));
        }
    }

    private static void CheckLabel(Located<string>? value, string field, IDiagnosticSink sink)
    {
        if (value is { } v && !KubernetesNames.IsLabelValue(v.Value))
        {
            sink.Add(CatalogDiagnostics.InvalidLabelValue(v.Location, field, v.Value));
        }
    }

    private static void CheckProfileOverrideKeys(ServiceCatalog catalog, IDiagnosticSink sink)
    {
        foreach (var profile in catalog.Profiles.Values)
        {
            var users = catalog.Services.Where(s => s.MonitoringProfile?.Value == profile.Name).ToList();
            var reachable = users.SelectMany(s => s.EnabledIn).Select(e => e.Value.Id).Concat(EnvironmentId.Tiers).ToHashSet(StringComparer.Ordinal);
            foreach (var o in profile.EnvironmentOverrides)
            {
                if (!reachable.Contains(o.Key.Value))
                {
                    sink.Add(CatalogDiagnostics.UnknownOverrideEnvironment(o.Key.Location, profile.Name, o.Key.Value, EnvironmentId.Tiers));
                }
            }
        }
    }
}
