using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Resolves one service into a <see cref="ResolvedTarget"/> per enabled environment × region.</summary>
internal static class TargetResolver
{
    public static IEnumerable<ResolvedTarget> Resolve(
        ServiceDefinition service,
        MonitoringProfile? profile,
        MetricsCatalogSnapshot? snapshot,
        IDiagnosticSink sink)
    {
        foreach (var env in service.EnabledIn.Select(e => e.Value).DistinctBy(e => e.Id))
        {
            var layers = LayerBuilder.Build(service, profile, env, snapshot, sink);
            var slos = SloResolver.Resolve(service, profile, env);
            SloValidator.Check(slos, sink);
            var gates = GateResolver.Resolve(service, profile, env);
            GateResolver.Check(gates, sink);
            foreach (var region in service.Regions.Select(r => r.Value).Distinct(StringComparer.Ordinal))
            {
                yield return ResolveRegion(service, profile, env, region, layers, slos, snapshot, sink) with { Gates = gates };
            }
        }
    }

    private static ResolvedTarget ResolveRegion(
        ServiceDefinition service,
        MonitoringProfile? profile,
        EnvironmentId env,
        string region,
        IReadOnlyList<Layer> layers,
        ResolvedSlos slos,
        MetricsCatalogSnapshot? snapshot,
        IDiagnosticSink sink)
    {
        var team = service.Cost.CostOwner?.Value;
        var costCenter = service.Cost.CostCenter?.Value;
        var businessUnit = service.Cost.BusinessUnit?.Value;
        var substitution = new ItemSubstitution(new Placeholders(service.Name, env.Id, region, team, costCenter, businessUnit), sink);

        var metrics = new KeyedMerge<CustomMetric>("metric", m => m.Name, m => m.Location)
        {
            OnShadow = (higher, lower) => ItemValidator.CheckShadow(higher, lower, sink),
        };
        var rules = new KeyedMerge<AlertRule>("alert rule", r => r.Name, r => r.Location)
        {
            // `{name: X, enabled: false}` switches an inherited rule off but keeps its definition,
            // so sync can disable the Dynatrace object instead of deleting it.
            Combine = (higher, lower) => higher.Condition is null ? lower with { Enabled = higher.Enabled } : higher,
        };
        var dashboards = new KeyedMerge<Dashboard>("dashboard", d => d.Name, d => d.Location);
        var attributes = new KeyedMerge<RequestAttribute>("request attribute", a => a.Name, a => a.Location);

        foreach (var layer in layers)
        {
            var layerMetrics = layer.Metrics.Select(substitution.Apply).ToList();
            var layerRules = layer.AlertRules.Select(substitution.Apply).ToList();
            layerMetrics.ForEach(m => ItemValidator.Check(m, sink));
            layerRules.ForEach(r => ItemValidator.Check(r, sink));
            metrics.AddLayer(layer.Name, layerMetrics, sink);
            rules.AddLayer(layer.Name, layerRules, sink);
            dashboards.AddLayer(layer.Name, layer.Dashboards.Select(substitution.Apply), sink);
            attributes.AddLayer(layer.Name, layer.RequestAttributes.Select(substitution.Apply), sink);
        }

        var resolvedMetrics = metrics.Result();
        var resolvedRules = rules.Result();
        ConditionValidation.Check(resolvedRules, resolvedMetrics, sink);

        var application = profile?.Dynatrace.Application ?? ApplicationSettings.Empty;
        var naming = application.RequestNaming is { } n
            ? new Resolved<string>(substitution.Text(n).Value, new Provenance($"profile {profile!.Name}", n.Location), [])
            : null;

        var metadata = new TargetMetadata(service.Name, env.Id, env.Tier, env.Channel, region, team, costCenter, businessUnit,
            profile?.Name, service.Archetype, service.Size);
        return new ResolvedTarget(
            service.Name,
            env,
            region,
            $"{env.Tier}-{service.Name}-{region}-{env.Channel}",
            metadata,
            TargetLabels.For(metadata, profile),
            new ResolvedApplication(application.MonitoredTechnologies.Select(t => t.Value).ToList(), naming, attributes.Result()),
            resolvedRules,
            resolvedMetrics,
            dashboards.Result(),
            slos,
            snapshot is null ? null : new MetricsCatalogInfo(snapshot.Url, snapshot.Reference, snapshot.Commit),
            profile?.Prometheus);
    }
}
