using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// Resolves the <c>gates:</c> blocks of one service in one environment, setting by setting, lowest
/// layer first: profile → profile environmentOverrides (tier, then environment) → service
/// <c>monitoring.gates</c> → service <c>monitoring.overrides</c> (tier, then environment).
/// </summary>
public static class GateResolver
{
    public static ResolvedGates Resolve(ServiceDefinition service, MonitoringProfile? profile, EnvironmentId environment)
    {
        var layers = new List<(string Layer, GateSettings Gates)>();
        if (profile is not null)
        {
            layers.Add(($"profile {profile.Name} gates", profile.Gates));
            foreach (var o in LayerBuilder.MatchingOverrides(profile.EnvironmentOverrides, o => o.Key.Value, environment))
            {
                layers.Add(($"profile {profile.Name} environmentOverrides.{o.Key.Value}.gates", o.Gates));
            }
        }

        layers.Add(($"service {service.Name} gates", service.Monitoring.Gates));
        foreach (var o in LayerBuilder.MatchingOverrides(service.Monitoring.Overrides, o => o.Key.Value, environment))
        {
            layers.Add(($"service {service.Name} overrides.{o.Key.Value}.gates", o.Gates));
        }

        var resolved = new List<Resolved<GateSetting>>();
        foreach (var spec in GateFacts.Settings)
        {
            Resolved<GateSetting>? result = null;
            foreach (var (layer, gates) in layers)
            {
                if (gates.Find(spec.Path) is { } setting)
                {
                    var shadowed = result is null ? [] : new[] { result.Source }.Concat(result.Shadowed).ToList();
                    result = new Resolved<GateSetting>(setting, new Provenance(layer, setting.Location), shadowed);
                }
            }

            if (result is not null)
            {
                resolved.Add(result);
            }
        }

        return new ResolvedGates(resolved);
    }

    /// <summary>
    /// Resolves the gates of a service by name for an environment id, as the gate verbs do with
    /// <c>--catalog</c>. Returns null (with no diagnostic) when the catalog has no such service.
    /// </summary>
    public static ResolvedGates? Resolve(ServiceCatalog catalog, string service, string environment, IDiagnosticSink sink)
    {
        var definition = catalog.Services.FirstOrDefault(s => s.Name == service);
        if (definition is null)
        {
            return null;
        }

        MonitoringProfile? profile = null;
        if (definition.MonitoringProfile is { } name)
        {
            catalog.Profiles.TryGetValue(name.Value, out profile);
        }

        var gates = Resolve(definition, profile, EnvironmentId.Parse(environment));
        Check(gates, sink);
        return gates;
    }

    /// <summary>
    /// Rules that involve two settings, checked on the merged result (each value alone was checked
    /// when read). A setting the catalog leaves out counts with its seed-002 default.
    /// </summary>
    public static void Check(ResolvedGates gates, IDiagnosticSink sink)
    {
        var blocks = gates.Find("preDeploy.blockingSeverities");
        var warns = gates.Find("preDeploy.warningSeverities");
        if (blocks is not null || warns is not null)
        {
            var blocking = (blocks?.Value.Value as GateSeverities)?.Values ?? GateFacts.DefaultBlockingSeverities;
            var warning = (warns?.Value.Value as GateSeverities)?.Values ?? GateFacts.DefaultWarningSeverities;
            foreach (var severity in warning.Where(v => blocking.Contains(v, StringComparer.Ordinal)))
            {
                sink.Add(CatalogDiagnostics.GateSeverityBlocksAndWarns(
                    (warns ?? blocks)!.Source.Location, severity, blocks is null ? "the default list" : blocks.Source.Location.ToString(),
                    warns is null ? "the default list" : "here"));
            }
        }

        var failAt = gates.Find("slo.failBelowRemainingBudgetPercent");
        var warnAt = gates.Find("slo.warnBelowRemainingBudgetPercent");
        if (failAt is not null || warnAt is not null)
        {
            var fail = (failAt?.Value.Value as GateNumber)?.Value ?? GateFacts.DefaultFailBelowRemainingBudgetPercent;
            var warn = (warnAt?.Value.Value as GateNumber)?.Value ?? GateFacts.DefaultWarnBelowRemainingBudgetPercent;
            if (warn < fail)
            {
                sink.Add(CatalogDiagnostics.GateBudgetThresholdsReversed((warnAt ?? failAt)!.Source.Location, warn, fail));
            }
        }
    }
}
