using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

using Pharos.Settings;

namespace Pharos.Sync.Translation;

/// <summary>
/// One service in one environment, seen through one of its regions' resolved targets: what the
/// per-object translators need to build objects and their identities.
/// </summary>
internal sealed record ServiceEnvironment(string CatalogId, ResolvedTarget Target, ServiceEntityScope Scope, SourceLocation ServiceLocation)
{
    public string Service => Target.Service;

    public string Environment => Target.Environment.Id;

    public IReadOnlyDictionary<string, CustomMetric> Metrics { get; } =
        Target.CustomMetrics.GroupBy(m => m.Value.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    public string ExternalId(DesiredObjectKind kind, string item) =>
        ExternalIds.For(CatalogId, kind, Service, Environment, item);

    /// <summary>How objects name the service × environment to people: <c>payment-processor (prod)</c>.</summary>
    public string DisplayName => $"{Service} ({Environment})";

    public DesiredObject Create(DesiredObjectKind kind, string item, System.Text.Json.Nodes.JsonObject value, Provenance source, string summary) =>
        new(kind, SettingsSchemas.SchemaIdOf(kind), SettingsSchemas.VersionOf(kind), "environment", ExternalId(kind, item),
            CanonicalJson.SortObject(value), source, summary)
        {
            Service = Service,
            Environments = [Environment],
        };
}
