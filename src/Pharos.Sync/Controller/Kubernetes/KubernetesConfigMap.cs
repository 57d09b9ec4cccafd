namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// The parts of a Kubernetes ConfigMap the controller uses. Labels and annotations keep the order
/// the API server sent them in; <see cref="ResourceVersion"/> is opaque and only compared for equality.
/// </summary>
public sealed record KubernetesConfigMap(
    string Namespace,
    string Name,
    string ResourceVersion,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<KeyValuePair<string, string>> Annotations,
    IReadOnlyDictionary<string, string> Data)
{
    public string Key => $"{Namespace}/{Name}";
}

/// <summary>One page of a ConfigMap list: the items, the list's resourceVersion (where a watch starts) and the continue token of the next page.</summary>
public sealed record ConfigMapList(IReadOnlyList<KubernetesConfigMap> Items, string ResourceVersion, string? Continue);

/// <summary>Which ConfigMaps to list and watch: a label selector, optionally one namespace, and the page size of lists.</summary>
public sealed record ConfigMapQuery(string LabelSelector, string? Namespace = null, int PageSize = 500);
