using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pharos.Local.Events;

/// <summary>Identifiers shaped like Dynatrace's: event ids, correlation ids, comment ids, dedupe keys (problem ids come from the evaluator's tracker).</summary>
internal static class EventIds
{
    /// <summary><c>&lt;signed int64&gt;_&lt;startMillis&gt;</c>, e.g. <c>4293884258445543163_1564039524182</c>.</summary>
    public static string NewEventId(long startMillis) => $"{RandomInt64().ToString(CultureInfo.InvariantCulture)}_{startMillis.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>16 lowercase hex digits, e.g. <c>eba82f647696e485</c>.</summary>
    public static string NewCorrelationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string NewCommentId() => Guid.NewGuid().ToString("D");

    /// <summary>A stable hash of the parts, used to recognise a re-sent event or problem.</summary>
    public static string DedupeKey(params IEnumerable<string>[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts.SelectMany(p => p).Select(s => s.Replace("\u001f", "", StringComparison.Ordinal))))));

    private static long RandomInt64() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
}
