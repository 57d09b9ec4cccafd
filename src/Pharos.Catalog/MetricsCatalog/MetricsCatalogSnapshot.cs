using System.Collections.Concurrent;
using Pharos.Catalog.Loading;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>
/// One version of a metrics catalog on disk: an extracted commit, or a working copy given with
/// --metrics-catalog. Parsed files are cached, because thousands of services share profiles.
/// </summary>
public sealed class MetricsCatalogSnapshot
{
    private readonly ConcurrentDictionary<string, (MetricsCatalogDocument Document, IReadOnlyList<Diagnostic> Diagnostics)> _documents = new(StringComparer.Ordinal);

    public MetricsCatalogSnapshot(string rootDirectory, string url, string reference, string? commit)
    {
        RootDirectory = rootDirectory;
        Url = url;
        Reference = reference;
        Commit = commit;
    }

    public string RootDirectory { get; }

    public string Url { get; }

    /// <summary>The ref as written in the catalog, or "working-copy".</summary>
    public string Reference { get; }

    /// <summary>The resolved commit, or null for a working copy.</summary>
    public string? Commit { get; }

    /// <summary>How files of this snapshot are named in diagnostics: <c>metrics-catalog@v1.2.0:services/x/y.yaml</c>.</summary>
    public string DisplayPath(string relativePath) => $"{DisplayName}:{relativePath}";

    /// <summary>
    /// Identifies the snapshot's content: the commit for git snapshots; for a working copy, a hash of
    /// every file's path, size and modification time (computed once).
    /// </summary>
    public string Identity => _identity ??= Commit is not null ? $"{Url}@{Commit}" : $"{Url}@{WorkingCopyHash()}";

    private string? _identity;

    private string WorkingCopyHash()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(RootDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{Path.GetRelativePath(RootDirectory, file)}|{info.Length}|{info.LastWriteTimeUtc.Ticks}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public string DisplayName => $"{Path.GetFileName(Url.TrimEnd('/', '\\')).Replace(".git", "", StringComparison.Ordinal)}@{Reference}";

    public IReadOnlyList<string> ProfileNames() => Folders("profiles");

    public IReadOnlyList<string> ServiceFileNames(string service)
    {
        var dir = Path.Combine(RootDirectory, "services", service);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir).Select(Path.GetFileName).OfType<string>().Where(MetricsCatalogFileReader.IsMetricsFile).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public bool HasProfile(string profile) => Directory.Exists(Path.Combine(RootDirectory, "profiles", profile));

    /// <summary>The metrics files of <c>profiles/&lt;profile&gt;/</c>, in lexical order.</summary>
    public IReadOnlyList<MetricsCatalogDocument> ProfileDocuments(string profile, IDiagnosticSink sink) =>
        Documents($"profiles/{profile}", sink);

    /// <summary>The metrics files of <c>services/&lt;service&gt;/</c>, in lexical order.</summary>
    public IReadOnlyList<MetricsCatalogDocument> ServiceDocuments(string service, IDiagnosticSink sink) =>
        Documents($"services/{service}", sink);

    private IReadOnlyList<MetricsCatalogDocument> Documents(string relativeFolder, IDiagnosticSink sink)
    {
        var dir = Path.Combine(RootDirectory, relativeFolder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(dir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(MetricsCatalogFileReader.IsMetricsFile)
            .Order(StringComparer.Ordinal);
        var result = new List<MetricsCatalogDocument>();
        foreach (var name in files)
        {
            var relative = $"{relativeFolder}/{name}";
            var (document, diagnostics) = _documents.GetOrAdd(relative, Parse);
            foreach (var d in diagnostics)
            {
                sink.Add(d);
            }

            result.Add(document);
        }

        return result;
    }

    private (MetricsCatalogDocument, IReadOnlyList<Diagnostic>) Parse(string relative)
    {
        var bag = new DiagnosticBag();
        var text = File.ReadAllText(Path.Combine(RootDirectory, relative));
        var document = MetricsCatalogFileReader.Read(text, DisplayPath(relative), bag);
        return (document, bag.ToSortedList());
    }

    private IReadOnlyList<string> Folders(string relative)
    {
        var dir = Path.Combine(RootDirectory, relative);
        return Directory.Exists(dir)
            ? Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
