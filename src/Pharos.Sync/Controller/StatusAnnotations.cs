using System.Globalization;

namespace Pharos.Sync.Controller;

/// <summary>
/// How a ConfigMap's sync status is written back: annotations, not labels as in seed 001 §8 — a
/// label value is at most 63 characters of [A-Za-z0-9-_.], so it cannot hold a timestamp with
/// colons or an error message, and labels are for selection, not for reporting.
/// </summary>
public static class StatusAnnotations
{
    public const string Status = "pharos.io/sync-status";
    public const string SyncedAt = "pharos.io/synced-at";
    public const string Error = "pharos.io/error";

    /// <summary>Long enough for a useful reason, short enough to stay far below the 256 KiB annotation budget.</summary>
    public const int MaxErrorLength = 1024;

    /// <summary>
    /// The merge-patch values. Success sets the status and synced-at and removes the error (null);
    /// failure sets the status and the error and leaves synced-at alone, so it keeps saying when the
    /// ConfigMap was last in sync.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> For(DocumentStatus status) => status.Synced
        ? new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Status] = "synced",
            [SyncedAt] = Rfc3339(status.At),
            [Error] = null,
        }
        : new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Status] = "failed",
            [Error] = Truncate(status.Error ?? "unknown error"),
        };

    public static string Rfc3339(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Truncate(string error)
    {
        const string Marker = " … (truncated)";
        var single = error.ReplaceLineEndings(" ");
        return single.Length <= MaxErrorLength ? single : single[..(MaxErrorLength - Marker.Length)] + Marker;
    }
}
