using System.Globalization;
using System.Runtime.InteropServices;

namespace Pharos.Metrics.Storage;

/// <summary>
/// File names in the data directory: <c>LOCK</c>, <c>wal-&lt;seq&gt;.log</c> segments and
/// <c>snapshot-&lt;seq&gt;.snap</c> snapshots, where a snapshot's sequence is the first segment it does not cover.
/// </summary>
internal static class StoreFiles
{
    public const string LockFileName = "LOCK";

    public static string SegmentPath(string directory, long sequence) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"wal-{sequence:D16}.log"));

    public static string SnapshotPath(string directory, long sequence) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"snapshot-{sequence:D16}.snap"));

    public static IReadOnlyList<(long Sequence, string Path)> Segments(string directory) => List(directory, "wal-", ".log");

    public static IReadOnlyList<(long Sequence, string Path)> Snapshots(string directory) => List(directory, "snapshot-", ".snap");

    public static void DeleteTemporaryFiles(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.tmp"))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Makes created, renamed and deleted directory entries durable. .NET has no API for this, so on Linux
    /// and macOS the directory is opened and fsync'd through libc; elsewhere (Windows) it is a no-op.
    /// </summary>
    public static void FlushDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var path = System.Text.Encoding.UTF8.GetBytes(directory + "\0");
        var fd = NativeMethods.Open(path, 0);
        if (fd < 0)
        {
            return;
        }

        _ = NativeMethods.Fsync(fd);
        _ = NativeMethods.Close(fd);
    }

    private static List<(long Sequence, string Path)> List(string directory, string prefix, string suffix)
    {
        var result = new List<(long, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*" + suffix))
        {
            var name = Path.GetFileName(path);
            var digits = name[prefix.Length..^suffix.Length];
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                result.Add((sequence, path));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open(byte[] path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
