using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>What differs between an output folder on disk and an <see cref="OutputTree"/>.</summary>
public sealed record OutputDifference(IReadOnlyList<string> Missing, IReadOnlyList<string> Stale, IReadOnlyList<string> Extra, IReadOnlyList<string> Unchanged)
{
    public bool IsClean => Missing.Count == 0 && Stale.Count == 0 && Extra.Count == 0;
}

/// <summary>
/// Brings an output folder in line with an <see cref="OutputTree"/>: unchanged files are not
/// rewritten, changed and new files are staged beside their target and renamed into place only
/// once all of them are written, and everything the tree does not contain is deleted.
/// </summary>
public static class OutputDirectory
{
    public static OutputDifference Compare(string root, OutputTree tree)
    {
        var onDisk = ListFiles(root);
        var missing = new List<string>();
        var stale = new List<string>();
        var unchanged = new List<string>();
        var lockObject = new Lock();
        Parallel.ForEach(tree.Files, pair =>
        {
            var path = Path.Combine(root, pair.Key);
            var state = !onDisk.Contains(pair.Key) ? 0 : SameContent(path, pair.Value) ? 2 : 1;
            lock (lockObject)
            {
                (state switch { 0 => missing, 1 => stale, _ => unchanged }).Add(pair.Key);
            }
        });

        var extra = onDisk.Where(f => !tree.Files.ContainsKey(f)).ToList();
        return new OutputDifference(Sorted(missing), Sorted(stale), Sorted(extra), Sorted(unchanged));
    }

    /// <summary>Refuses a non-empty folder pharos did not write: it deletes stray files there.</summary>
    public static Diagnostic? CheckOwnership(string root)
    {
        if (!Directory.Exists(root) || !Directory.EnumerateFileSystemEntries(root).Any())
        {
            return null;
        }

        return File.Exists(Path.Combine(root, OutputTree.MarkerFile)) ? null : CatalogDiagnostics.OutputNotOwned(root);
    }

    public static OutputDifference Write(string root, OutputTree tree, CancellationToken cancellationToken)
    {
        var difference = Compare(root, tree);
        var toWrite = difference.Missing.Concat(difference.Stale).ToList();
        var staged = new List<(string Temp, string Final)>(toWrite.Count);
        try
        {
            foreach (var relative in toWrite)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var final = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                var temp = final + ".pharos-tmp";
                File.WriteAllBytes(temp, tree.Files[relative]);
                staged.Add((temp, final));
            }
        }
        catch
        {
            foreach (var (temp, _) in staged)
            {
                File.Delete(temp);
            }

            throw;
        }

        foreach (var (temp, final) in staged)
        {
            File.Move(temp, final, overwrite: true);
        }

        foreach (var relative in difference.Extra)
        {
            File.Delete(Path.Combine(root, relative));
        }

        RemoveEmptyFolders(root);
        return difference;
    }

    private static HashSet<string> ListFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameContent(string path, byte[] expected)
    {
        var info = new FileInfo(path);
        if (info.Length != expected.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
    }

    private static void RemoveEmptyFolders(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }

    private static List<string> Sorted(List<string> list)
    {
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
