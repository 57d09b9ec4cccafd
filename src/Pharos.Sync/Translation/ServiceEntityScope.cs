using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Translation;

/// <summary>
/// How one catalog service in one environment is found in Dynatrace (docs/dynatrace-mapping.md,
/// "Entity mapping"): by the Kubernetes tags <c>app</c> and <c>cost.environment</c> on its
/// services, process groups and workloads, and by the namespaces Pharos generated for it (one per
/// region) on metrics that carry <c>k8s.namespace.name</c>. Sync, gates and the local environment
/// all select entities through this one class.
/// </summary>
public sealed class ServiceEntityScope
{
    public const string ServiceDimension = "dt.entity.service";
    public const string HostDimension = "dt.entity.host";
    public const string NamespaceDimension = "k8s.namespace.name";
    public const string WorkloadDimension = "k8s.workload.name";

    public ServiceEntityScope(string service, string environment, IEnumerable<string> namespaces)
    {
        Service = service;
        Environment = environment;
        Namespaces = namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        IdentifyingTags = [new KubernetesTag("app", service), new KubernetesTag("cost.environment", environment)];
    }

    public string Service { get; }

    public string Environment { get; }

    /// <summary>The service's namespaces in this environment, one per region, ordered.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>The two tags that identify the service × environment: <c>app</c> and <c>cost.environment</c>.</summary>
    public IReadOnlyList<KubernetesTag> IdentifyingTags { get; }

    /// <summary>The scope of the resolved targets (all regions) of one service in one environment.</summary>
    public static ServiceEntityScope Of(IReadOnlyList<ResolvedTarget> regions) =>
        new(regions[0].Service, regions[0].Environment.Id, regions.Select(t => t.Namespace));

    /// <summary><c>type(SERVICE),tag("[Kubernetes]app:…"),tag("[Kubernetes]cost.environment:…")</c>.</summary>
    public string ServiceSelector => EntitySelector("SERVICE");

    public string ProcessGroupSelector => EntitySelector("PROCESS_GROUP");

    /// <summary>The database services the service calls (SlowDatabaseQueries).</summary>
    public string DatabaseServiceSelector =>
        $"type(SERVICE),serviceType(DATABASE_SERVICE),toRelationships.calls({ServiceSelector})";

    /// <summary>The hosts the service's process groups run on (CpuUsage, MemoryUsage).</summary>
    public string HostSelector => $"type(HOST),toRelationships.runsOn({ProcessGroupSelector})";

    /// <summary>An entity selector for entities of <paramref name="entityType"/> carrying both identifying tags.</summary>
    public string EntitySelector(string entityType) =>
        $"type({entityType})," + string.Join(',', IdentifyingTags.Select(t => t.Criterion));

    /// <summary>The metric-selector filter condition that keeps only this service's namespaces.</summary>
    public string NamespaceCondition
    {
        get
        {
            var conditions = Namespaces.Select(n => $"eq({SelectorText.Quote(NamespaceDimension)},{SelectorText.Quote(n)})").ToList();
            return conditions.Count == 1 ? conditions[0] : $"or({string.Join(',', conditions)})";
        }
    }

    /// <summary>The metric-selector filter condition that keeps only series of the entities <paramref name="entitySelector"/> selects.</summary>
    public static string InCondition(string dimension, string entitySelector) =>
        $"in({SelectorText.Quote(dimension)},entitySelector({SelectorText.Quote(entitySelector)}))";
}
