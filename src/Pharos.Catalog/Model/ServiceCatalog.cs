namespace Pharos.Catalog.Model;

/// <summary>The platform repository's catalog: services.yaml and monitoring-profiles.yaml.</summary>
public sealed record ServiceCatalog(
    IReadOnlyList<ServiceDefinition> Services,
    IReadOnlyDictionary<string, MonitoringProfile> Profiles);
