using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>
/// The log's record format. A record is <c>[u32 length][u32 crc32c][payload]</c>, the checksum covering
/// the length bytes and the payload, all little-endian. Payloads:
/// <list type="bullet">
/// <item>batch (1): wall clock, a series table (key, canonical dimensions), the points (series index, kind,
/// timestamp, one value or min/max/sum/count), then the metadata lines;</item>
/// <item>settings (2): wall clock, key, and the settings as JSON (empty when cleared).</item>
/// </list>
/// Canonical dimensions are the interner's form (key 0x00 value 0x00, sorted by key), so replay reuses
/// interned sets without allocating.
/// </summary>
internal static partial class WalCodec
{
    public const int HeaderSize = 8;
    public const int MaxPayloadBytes = 256 * 1024 * 1024;

    private const byte BatchType = 1;
    private const byte SettingsType = 2;

    /// <summary>Encodes a batch into a framed record, or returns the reason the store must reject it.</summary>
    public static string? TryEncodeBatch(MetricWriteBatch batch, long wallClockMs, out WalBuffer? record, out BatchContent? content)
    {
        record = null;
        content = null;
        var points = batch.Points;
        var seriesIndex = new Dictionary<SeriesRef, int>();
        var series = new List<SeriesRef>();
        var pointSeries = new int[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (InvalidPoint(point) is { } problem)
            {
                return $"Data point {i + 1} of the batch: {problem}";
            }

            var reference = new SeriesRef(point.MetricKey, point.Dimensions);
            if (!seriesIndex.TryGetValue(reference, out var index))
            {
                index = series.Count;
                seriesIndex.Add(reference, index);
                series.Add(reference);
            }

            pointSeries[i] = index;
        }

        foreach (var metadata in batch.Metadata)
        {
            if (!IsStorableKey(metadata.MetricKey))
            {
                return "A metadata line has an empty metric key or one containing a NUL character.";
            }
        }

        var buffer = new WalBuffer(HeaderSize + 64 + (series.Count * 96) + (points.Count * 20));
        buffer.Reserve(HeaderSize);
        buffer.WriteByte(BatchType);
        buffer.WriteInt64(wallClockMs);
        buffer.WriteVarUInt((ulong)series.Count);
        foreach (var reference in series)
        {
            buffer.WriteString(reference.MetricKey);
            WriteCanonical(buffer, reference.Dimensions);
        }

        buffer.WriteVarUInt((ulong)points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            buffer.WriteVarUInt((ulong)pointSeries[i]);
            buffer.WriteByte((byte)point.Kind);
            buffer.WriteInt64(point.TimestampMs);
            if (point.Kind == MetricValueKind.GaugeSummary)
            {
                buffer.WriteDouble(point.Min);
                buffer.WriteDouble(point.Max);
                buffer.WriteDouble(point.Sum);
                buffer.WriteVarUInt((ulong)point.Count);
            }
            else
            {
                buffer.WriteDouble(point.Value);
            }
        }

        buffer.WriteVarUInt((ulong)batch.Metadata.Count);
        foreach (var metadata in batch.Metadata)
        {
            buffer.WriteString(metadata.MetricKey);
            buffer.WriteByte((byte)metadata.Type);
            buffer.WriteNullableString(metadata.DisplayName);
            buffer.WriteNullableString(metadata.Description);
            buffer.WriteNullableString(metadata.Unit);
        }

        Frame(buffer);
        record = buffer;
        content = new BatchContent(wallClockMs, series, points, pointSeries, batch.Metadata);
        return null;
    }

    public static WalBuffer EncodeSettings(string metricKey, MetricMetadataSettings? settings, long wallClockMs)
    {
        var buffer = new WalBuffer(256);
        buffer.Reserve(HeaderSize);
        buffer.WriteByte(SettingsType);
        buffer.WriteInt64(wallClockMs);
        buffer.WriteString(metricKey);
        buffer.WriteNullableString(settings is null ? null : JsonSerializer.Serialize(settings, StorageJsonContext.Default.MetricMetadataSettings));
        Frame(buffer);
        return buffer;
    }

    public static bool IsStorableKey(string key) => key.Length > 0 && !key.Contains('\0', StringComparison.Ordinal);

    public static void WriteCanonical(WalBuffer buffer, DimensionSet dimensions)
    {
        var length = 0;
        foreach (var dimension in dimensions.AsSpan())
        {
            length += Encoding.UTF8.GetByteCount(dimension.Key) + Encoding.UTF8.GetByteCount(dimension.Value) + 2;
        }

        buffer.WriteVarUInt((ulong)length);
        foreach (var dimension in dimensions.AsSpan())
        {
            Encoding.UTF8.GetBytes(dimension.Key, buffer.Reserve(Encoding.UTF8.GetByteCount(dimension.Key)));
            buffer.WriteByte(0);
            Encoding.UTF8.GetBytes(dimension.Value, buffer.Reserve(Encoding.UTF8.GetByteCount(dimension.Value)));
            buffer.WriteByte(0);
        }
    }

    private static string? InvalidPoint(in MetricDataPoint point)
    {
        if (point.MetricKey is null || !IsStorableKey(point.MetricKey))
        {
            return "the metric key is empty or contains a NUL character.";
        }

        if (point.Dimensions is null)
        {
            return "the dimensions are missing.";
        }

        foreach (var dimension in point.Dimensions.AsSpan())
        {
            if (dimension.Key.Length == 0 || dimension.Key.Contains('\0', StringComparison.Ordinal) || dimension.Value.Contains('\0', StringComparison.Ordinal))
            {
                return $"the dimension '{dimension.Key.Replace("\0", "\\0", StringComparison.Ordinal)}' has an empty key or a NUL character.";
            }
        }

        if (!double.IsFinite(point.Min) || !double.IsFinite(point.Max) || !double.IsFinite(point.Sum) || !double.IsFinite(point.Value))
        {
            return "a value is NaN or infinite.";
        }

        // Only the numbers the kind needs are logged, so the others must follow from them.
        var single = point.Kind != MetricValueKind.GaugeSummary;
        if (single && (point.Count != 1 || point.Min != point.Value || point.Max != point.Value || point.Sum != point.Value))
        {
            return "a gauge or count delta must have Min = Max = Sum = Value and Count = 1.";
        }

        return point.Count < 0 ? "the count is negative." : null;
    }

    /// <summary>Fills the 8-byte header reserved at the start: payload length, then the checksum of length and payload.</summary>
    private static void Frame(WalBuffer buffer)
    {
        var span = buffer.WrittenSpan;
        var payloadLength = span.Length - HeaderSize;
        BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)payloadLength);
        var crc = Crc32C.Append(Crc32C.Compute(span[..4]), span[HeaderSize..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], crc);
    }
}
