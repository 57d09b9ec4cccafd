using System.Text;
using System.Text.Json;
using Pharos.Catalog.Resolution;

namespace Pharos.Catalog.Output;

/// <summary>
/// Everything one generate run writes, as relative path → bytes, built in memory first so a
/// failed run never touches the previous output.
/// </summary>
public sealed class OutputTree
{
    public const string MarkerFile = ".pharos-generated";
    public const string ResolvedModelFile = "resolved.json";

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public static OutputTree Kustomize(IReadOnlyList<ResolvedTarget> targets)
    {
        var tree = new OutputTree();
        tree.AddMarker();
        var rendered = new byte[targets.Count][];
        Parallel.For(0, targets.Count, i => rendered[i] = ManifestWriter.ConfigMapBytes(targets[i]));
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var folder = $"{target.Service}/{target.Environment.Id}/{target.Region}";
            tree.Add($"{folder}/kustomization.yaml", ManifestWriter.Kustomization(target));
            tree._files[$"{folder}/monitoring/dynatrace-app-config.yaml"] = rendered[i];
        }

        return tree;
    }

    /// <summary>The resolved model with provenance, the input sync reads (<c>--format json</c>).</summary>
    public static OutputTree Json(IReadOnlyList<ResolvedTarget> targets)
    {
        var tree = new OutputTree();
        tree.AddMarker();
        tree._files[ResolvedModelFile] = ResolvedModel(targets);
        return tree;
    }

    public static byte[] ResolvedModel(IReadOnlyList<ResolvedTarget> targets)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, TargetJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteString("apiVersion", "pharos.io/v1");
            w.WriteString("kind", "ResolvedCatalog");
            w.WriteStartArray("targets");
            foreach (var target in targets)
            {
                TargetJsonWriter.Write(w, target, provenance: true);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private void AddMarker() =>
        Add(MarkerFile, "This folder is written by 'pharos generate'. Files not produced by the catalog are deleted on the next run.\n");

    private void Add(string path, string text) => _files[path] = Encoding.UTF8.GetBytes(text);
}
