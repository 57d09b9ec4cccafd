using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Reads a folder written by <c>pharos generate</c> back into resolved targets (one per
/// <c>&lt;service&gt;/&lt;env&gt;/&lt;region&gt;/monitoring/dynatrace-app-config.yaml</c>), so plan, apply and
/// drift can work from the generated output a GitOps repository holds instead of the catalog.
/// </summary>
public static class GeneratedFolderReader
{
    public const string ConfigMapFile = "dynatrace-app-config.yaml";

    /// <param name="folder">Where to read.</param>
    /// <param name="shown">How the folder is named in diagnostics.</param>
    public static async Task<IReadOnlyList<ResolvedTarget>> ReadAsync(string folder, string shown, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            sink.Add(GeneratedConfigDiagnostics.FolderMissing(shown));
            return [];
        }

        var files = Directory.EnumerateFiles(folder, ConfigMapFile, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "monitoring")
            .Order(StringComparer.Ordinal)
            .ToList();
        var targets = new List<ResolvedTarget>(files.Count);
        foreach (var file in files)
        {
            var display = Path.Combine(shown, Path.GetRelativePath(folder, file)).Replace('\\', '/');
            var configMap = ConfigMapYamlReader.Read(await File.ReadAllTextAsync(file, cancellationToken), display, sink);
            if (configMap is not null && ApplicationJsonReader.Read(configMap, sink) is { } target)
            {
                targets.Add(target);
            }
        }

        if (files.Count == 0)
        {
            sink.Add(GeneratedConfigDiagnostics.FolderEmpty(shown));
        }

        return targets;
    }
}
