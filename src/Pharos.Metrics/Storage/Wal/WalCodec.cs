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
/// <item>batch (1, written before version 2 of the log, still read): wall clock, a series table (key,
/// canonical dimensions), the points (series index, kind, timestamp, one value or min/max/sum/count), then
/// the metadata lines;</item>
/// <item>settings (2): wall clock, key, and the settings as JSON (empty when cleared);</item>
/// <item>numbered batch (3): wall clock, the points (series number, kind, timestamp, values), the metadata lines;</item>
/// <item>series definitions (4): zero, then (series number, key, canonical dimensions) for numbers first used
/// in this segment. A numbered batch may only use numbers defined earlier in the same segment.</item>
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
    private const byte NumberedBatchType = 3;
    private const byte SeriesDefinitionsType = 4;

    /// <summary>
    /// Encodes a batch into a framed record (type 3: points refer to series by registry number), or returns
    /// the reason the store must reject it. A series' key and dimensions are checked once, when it is
    /// first registered; the writer logs the definition of each number once per segment.
    /// </summary>
    public static string? TryEncodeBatch(MetricWriteBatch batch, long wallClockMs, SeriesRegistry registry, out WalBuffer? record, out BatchContent? content)
    {
        record = null;
        content = null;
        var points = batch.Points;
        var pointSeries = new int[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var reference = new SeriesRef(point.MetricKey, point.Dimensions);
            if (!registry.TryGetId(reference, out var id))
            {
                if (InvalidSeries(point) is { } seriesProblem)
                {
                    return $"Data point {i + 1} of the batch: {seriesProblem}";
                }

                id = registry.GetOrAdd(reference);
            }

            if (InvalidValues(point) is { } problem)
            {
                return $"Data point {i + 1} of the batch: {problem}";
            }

            pointSeries[i] = id;
        }

        foreach (var metadata in batch.Metadata)
        {
            if (!IsStorableKey(metadata.MetricKey))
            {
                return "A metadata line has an empty metric key or one containing a NUL character.";
            }
        }

        var buffer = new WalBuffer(HeaderSize + 64 + (points.Count * 24));
        buffer.Reserve(HeaderSize);
        buffer.WriteByte(NumberedBatchType);
        buffer.WriteInt64(wallClockMs);
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
        content = new BatchContent(wallClockMs, points, pointSeries, batch.Metadata);
        return null;
    }

    /// <summary>
    /// Encodes a series-definitions record (type 4): for each number, the key and canonical dimensions.
    /// The writer puts it in front of the first batch of a segment that uses those numbers.
    /// </summary>
    public static WalBuffer EncodeSeriesDefinitions(SeriesRegistry registry, IReadOnlyList<int> ids)
    {
        var buffer = new WalBuffer(HeaderSize + 16 + (ids.Count * 128));
        buffer.Reserve(HeaderSize);
        buffer.WriteByte(SeriesDefinitionsType);
        buffer.WriteInt64(0);
        buffer.WriteVarUInt((ulong)ids.Count);
        foreach (var id in ids)
        {
            var series = registry.Get(id);
            buffer.WriteVarUInt((ulong)id);
            buffer.WriteString(series.MetricKey);
            WriteCanonical(buffer, series.Dimensions);
        }

        Frame(buffer);
        return buffer;
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

    private static string? InvalidSeries(in MetricDataPoint point)
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

        return null;
    }

    private static string? InvalidValues(in MetricDataPoint point)
    {
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
