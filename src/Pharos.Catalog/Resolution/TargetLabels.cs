using Pharos.Catalog.Model;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// The Kubernetes labels on a generated ConfigMap (seed 001 §7.1, plus cost.environment and
/// cost.region). The same labels are on the service's workloads, and docs/dynatrace-mapping.md
/// derives Dynatrace tags and management-zone rules from them.
/// </summary>
public static class TargetLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> For(TargetMetadata metadata, MonitoringProfile? profile)
    {
        var labels = new List<KeyValuePair<string, string>>
        {
            new("app", metadata.Name),
            new("monitoring.profile", metadata.MonitoringProfile ?? "none"),
            new("monitoring.tool", "dynatrace"),
            new("monitoring.primary", profile?.Dynatrace.Primary == false ? "false" : "true"),
            new("cost.service", metadata.Name),
        };
        if (metadata.CostCenter is { Length: > 0 } costCenter)
        {
            labels.Add(new("cost.costCenter", costCenter));
        }

        if (metadata.BusinessUnit is { Length: > 0 } businessUnit)
        {
            labels.Add(new("cost.businessUnit", businessUnit));
        }

        labels.Add(new("cost.environment", metadata.Environment));
        labels.Add(new("cost.region", metadata.Region));
        return labels;
    }
}
