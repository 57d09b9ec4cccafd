using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Lets a re-run with nothing changed finish without compiling: the state of the last successful
/// generate (a fingerprint of every input, and the size and modification time of every output file)
/// is kept in the cache folder — never in the output, which must stay byte-identical across machines.
/// Any change to the catalog files, a metrics-catalog snapshot, pharos itself, the options, or any
/// output file (edited, added, removed) falls back to a full run.
/// </summary>
public sealed class IncrementalGeneration(string cacheDirectory, string outDirectory, string catalogDirectory, string options)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private string StatePath => Path.Combine(cacheDirectory, "generate", Hash(Path.GetFullPath(outDirectory)) + ".json");

    /// <summary>The stored state when the output is still exactly what the same inputs produced, else null.</summary>
    public async Task<GenerateState?> TryUpToDateAsync(CatalogCompiler compiler, CancellationToken cancellationToken)
    {
        GenerateState? state;
        try
        {
            if (!File.Exists(StatePath))
            {
                return null;
            }

            state = JsonSerializer.Deserialize<GenerateState>(await File.ReadAllBytesAsync(StatePath, cancellationToken), Json);
        }
        catch (JsonException)
        {
            return null; // A damaged state file only costs a full run.
        }

        if (state is null)
        {
            return null;
        }

        var inputs = await compiler.ResolveInputsAsync(state.MetricsCatalogs, cancellationToken);
        if (Fingerprint(inputs) != state.Fingerprint || !OutputMatches(state.Files))
        {
            return null;
        }

        return state;
    }

    public void Save(CompilationResult result, int targets)
    {
        var files = Directory.EnumerateFiles(outDirectory, "*", SearchOption.AllDirectories)
            .Select(f => new FileStamp(Path.GetRelativePath(outDirectory, f).Replace('\\', '/'), new FileInfo(f).Length, File.GetLastWriteTimeUtc(f).Ticks))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var warnings = result.Diagnostics.Where(d => !d.IsError)
            .Select(d => new StoredDiagnostic(d.Code, d.Severity.ToString(), d.Message, d.Location?.File, d.Location?.Line ?? 0, d.Location?.Column ?? 0))
            .ToList();
        var state = new GenerateState(Fingerprint(result.MetricsCatalogInputs), result.MetricsCatalogInputs, files, warnings, targets);
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath)!);
        var temp = StatePath + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(state, Json));
        File.Move(temp, StatePath, overwrite: true);
    }

    /// <summary>Forgets the state, e.g. before a run that may fail half-way.</summary>
    public void Invalidate()
    {
        if (File.Exists(StatePath))
        {
            File.Delete(StatePath);
        }
    }

    private string Fingerprint(IReadOnlyList<MetricsCatalogInput> metricsCatalogs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "pharos-generate-state-v1");
        // A different build of pharos may render differently.
        Append(hash, typeof(IncrementalGeneration).Assembly.ManifestModule.ModuleVersionId.ToString());
        Append(hash, options);
        foreach (var file in new[] { Loading.CatalogLoader.ServicesFileName, Loading.CatalogLoader.ProfilesFileName })
        {
            var path = Path.Combine(catalogDirectory, file);
            hash.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : []);
            Append(hash, "|");
        }

        foreach (var input in metricsCatalogs)
        {
            Append(hash, $"{input.Url}|{input.Ref}|{input.Identity}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private bool OutputMatches(IReadOnlyList<FileStamp> files)
    {
        if (!Directory.Exists(outDirectory))
        {
            return false;
        }

        var expected = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(outDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outDirectory, file).Replace('\\', '/');
            var info = new FileInfo(file);
            if (!expected.TryGetValue(relative, out var stamp) || stamp.Size != info.Length || stamp.ModifiedTicks != info.LastWriteTimeUtc.Ticks)
            {
                return false;
            }

            count++;
        }

        return count == expected.Count;
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}

public sealed record GenerateState(
    string Fingerprint,
    IReadOnlyList<MetricsCatalogInput> MetricsCatalogs,
    IReadOnlyList<FileStamp> Files,
    IReadOnlyList<StoredDiagnostic> Warnings,
    int Targets)
{
    public IReadOnlyList<Diagnostic> WarningDiagnostics() => Warnings
        .Select(w => new Diagnostic(w.Code, Enum.Parse<Severity>(w.Severity), w.Message, w.File is null ? null : new SourceLocation(w.File, w.Line, w.Column)))
        .ToList();
}

public sealed record FileStamp(string Path, long Size, long ModifiedTicks);

public sealed record StoredDiagnostic(string Code, string Severity, string Message, string? File, int Line, int Column);
