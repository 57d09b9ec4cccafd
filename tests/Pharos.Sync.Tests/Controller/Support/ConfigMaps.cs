using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Sync.Controller;

namespace Pharos.Sync.Tests.Controller.Support;

/// <summary>Generated ConfigMaps of example targets, for the fake API server and for in-memory sources.</summary>
internal static class ConfigMaps
{
    public static long Put(FakeKubernetesApiServer server, ResolvedTarget target, string? @namespace = null, string? json = null, IReadOnlyDictionary<string, string>? labels = null) =>
        server.Put(
            @namespace ?? target.Namespace,
            target.ConfigMapName,
            labels ?? target.Labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal) { [ApplicationJsonReader.DataKey] = json ?? ManifestWriter.ApplicationJson(target) });

    public static SourceDocument Document(ResolvedTarget target, string? json = null, string? @namespace = null)
    {
        var ns = @namespace ?? target.Namespace;
        var text = json ?? ManifestWriter.ApplicationJson(target);
        var configMap = GeneratedConfigMap.FromApi(ns, target.ConfigMapName, target.Labels, text);
        return new SourceDocument($"{ns}/{target.ConfigMapName}", configMap, [], SourceSnapshot.HashOf(ns, target.ConfigMapName, text));
    }
}
