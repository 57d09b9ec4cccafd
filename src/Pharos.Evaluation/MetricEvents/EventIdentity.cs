using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Deterministic ids shaped like Dynatrace's, derived from what identifies the event, so a replayed
/// evaluation (alert tests, a restart) produces the same ids.
/// </summary>
internal static class EventIdentity
{
    /// <summary><c>&lt;signed int64&gt;_&lt;startMillis&gt;</c>, e.g. <c>4293884258445543163_1564039524182</c>.</summary>
    public static string EventId(string configId, string seriesKey, DateTimeOffset start) =>
        Int64(configId, seriesKey, "event").ToString(CultureInfo.InvariantCulture) + "_" + start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>16 lowercase hex digits.</summary>
    public static string CorrelationId(string configId, string seriesKey, DateTimeOffset start) =>
        Int64(configId, seriesKey, start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)).ToString("x16", CultureInfo.InvariantCulture);

    public static long Int64(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    public static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
