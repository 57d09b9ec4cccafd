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
        if (!Directory.Exists(root) || !Directory.EnumerateFileSystemEntries(root).Any())
        {
            return WriteFresh(root, tree, cancellationToken);
        }

        var difference = Compare(root, tree);
        var toWrite = difference.Missing.Concat(difference.Stale).ToList();
        var staged = toWrite.Select(r => (Temp: Path.Combine(root, r) + ".pharos-tmp", Final: Path.Combine(root, r), Relative: r)).ToList();
        try
        {
            WriteAll(staged.Select(s => (s.Temp, tree.Files[s.Relative])), cancellationToken);
        }
        catch
        {
            foreach (var (temp, _, _) in staged)
            {
                File.Delete(temp);
            }

            throw;
        }

        foreach (var (temp, final, _) in staged)
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

    /// <summary>
    /// A first run writes the whole tree into a sibling folder and renames it into place, so the
    /// output appears complete or not at all, at the cost of one rename.
    /// </summary>
    private static OutputDifference WriteFresh(string root, OutputTree tree, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var staging = full + ".pharos-staging-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            WriteAll(tree.Files.Select(f => (Path.Combine(staging, f.Key), f.Value)), cancellationToken);
            if (Directory.Exists(full))
            {
                Directory.Delete(full); // empty, checked by the caller
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }

        return new OutputDifference(tree.Files.Keys.ToList(), [], [], []);
    }

    // Small-file writes are bound by file-system metadata work, which two threads overlap well.
    private static void WriteAll(IEnumerable<(string Path, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        var list = files.ToList();
        foreach (var dir in list.Select(f => System.IO.Path.GetDirectoryName(f.Path)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(dir);
        }

        Parallel.ForEach(list, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            using var handle = File.OpenHandle(file.Path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, file.Bytes.Length);
            RandomAccess.Write(handle, file.Bytes, 0);
        });
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
