using System.Text.Json;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;

namespace Pharos.Metrics.Storage.Wal;

internal static partial class WalCodec
{
    /// <summary>
    /// Decodes a payload whose checksum already matched; false when it is not a record this version
    /// understands, or a numbered batch uses a number <paramref name="segmentSeries"/> (the definitions read
    /// so far in this segment) does not define. Definitions records are added to the table and yield no record.
    /// </summary>
    public static bool TryDecode(
        ReadOnlySpan<byte> payload, MetricInterner interner, SeriesRegistry registry, Dictionary<int, SegmentSeries> segmentSeries, out WalRecord? record)
    {
        record = null;
        var reader = new WalSpanReader(payload);
        if (!reader.TryReadByte(out var type) || !reader.TryReadInt64(out var wallClockMs))
        {
            return false;
        }

        if (type == SettingsType)
        {
            if (!reader.TryReadString(out var key) || !reader.TryReadNullableString(out var json) || !reader.AtEnd)
            {
                return false;
            }

            var settings = json is null ? null : DeserializeSettings(json);
            if (json is not null && settings is null)
            {
                return false;
            }

            record = new WalRecord.Settings(key, settings, wallClockMs);
            return true;
        }

        return type switch
        {
            BatchType => TryDecodeBatch(ref reader, payload.Length, wallClockMs, interner, registry, out record),
            NumberedBatchType => TryDecodeNumberedBatch(ref reader, payload.Length, wallClockMs, interner, segmentSeries, out record),
            SeriesDefinitionsType => TryDecodeDefinitions(ref reader, payload.Length, interner, registry, segmentSeries),
            _ => false,
        };
    }

    public static MetricMetadataSettings? DeserializeSettings(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StorageJsonContext.Default.MetricMetadataSettings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads canonical dimensions; false unless they are pairs each ending in 0x00.</summary>
    public static bool TryReadCanonical(ref WalSpanReader reader, MetricInterner interner, out DimensionSet dimensions)
    {
        dimensions = DimensionSet.Empty;
        if (!reader.TryReadUtf8(out var canonical))
        {
            return false;
        }

        if (canonical.Length > 0 && (canonical[^1] != 0 || canonical.Count((byte)0) % 2 != 0))
        {
            return false;
        }

        dimensions = interner.GetDimensionSet(canonical);
        return true;
    }

    private static bool TryDecodeBatch(
        ref WalSpanReader reader, int payloadLength, long wallClockMs, MetricInterner interner, SeriesRegistry registry, out WalRecord? record)
    {
        record = null;
        if (!reader.TryReadCount(payloadLength, out var seriesCount))
        {
            return false;
        }

        var series = new SegmentSeries[seriesCount];
        for (var i = 0; i < seriesCount; i++)
        {
            if (!reader.TryReadUtf8(out var key) || !TryReadCanonical(ref reader, interner, out var dimensions))
            {
                return false;
            }

            var reference = new SeriesRef(interner.GetString(key), dimensions);
            series[i] = new SegmentSeries(reference, registry.GetOrAdd(reference));
        }

        if (!reader.TryReadCount(payloadLength, out var pointCount))
        {
            return false;
        }

        var points = new MetricDataPoint[pointCount];
        var pointSeries = new int[pointCount];
        for (var i = 0; i < pointCount; i++)
        {
            if (!reader.TryReadCount(seriesCount - 1, out var index) || index >= seriesCount || !TryReadPoint(ref reader, series[index].Series, out points[i]))
            {
                return false;
            }

            pointSeries[i] = series[index].Id;
        }

        return TryDecodeMetadataAndEnd(ref reader, payloadLength, wallClockMs, interner, points, pointSeries, out record);
    }

    private static bool TryDecodeNumberedBatch(
        ref WalSpanReader reader, int payloadLength, long wallClockMs, MetricInterner interner, Dictionary<int, SegmentSeries> segmentSeries, out WalRecord? record)
    {
        record = null;
        if (!reader.TryReadCount(payloadLength, out var pointCount))
        {
            return false;
        }

        var points = new MetricDataPoint[pointCount];
        var pointSeries = new int[pointCount];
        for (var i = 0; i < pointCount; i++)
        {
            if (!reader.TryReadCount(int.MaxValue, out var number) || !segmentSeries.TryGetValue(number, out var reference)
                || !TryReadPoint(ref reader, reference.Series, out points[i]))
            {
                return false;
            }

            pointSeries[i] = reference.Id;
        }

        return TryDecodeMetadataAndEnd(ref reader, payloadLength, wallClockMs, interner, points, pointSeries, out record);
    }

    private static bool TryReadPoint(ref WalSpanReader reader, SeriesRef series, out MetricDataPoint point)
    {
        point = default;
        if (!reader.TryReadByte(out var kindByte) || kindByte > (byte)MetricValueKind.CountDelta || !reader.TryReadInt64(out var timestamp))
        {
            return false;
        }

        var kind = (MetricValueKind)kindByte;
        double value, min, max, sum;
        long count = 1;
        if (kind == MetricValueKind.GaugeSummary)
        {
            if (!reader.TryReadDouble(out min) || !reader.TryReadDouble(out max) || !reader.TryReadDouble(out sum)
                || !reader.TryReadVarUInt(out var rawCount) || rawCount > long.MaxValue)
            {
                return false;
            }

            count = (long)rawCount;
            value = count == 0 ? 0 : sum / count;
        }
        else
        {
            if (!reader.TryReadDouble(out value))
            {
                return false;
            }

            min = max = sum = value;
        }

        point = new MetricDataPoint(0, series.MetricKey, series.Dimensions, kind, value, min, max, sum, count, timestamp, hasTimestamp: true);
        return true;
    }

    private static bool TryDecodeDefinitions(
        ref WalSpanReader reader, int payloadLength, MetricInterner interner, SeriesRegistry registry, Dictionary<int, SegmentSeries> segmentSeries)
    {
        if (!reader.TryReadCount(payloadLength, out var count))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!reader.TryReadCount(int.MaxValue, out var number) || !reader.TryReadUtf8(out var key) || key.Length == 0
                || !TryReadCanonical(ref reader, interner, out var dimensions))
            {
                return false;
            }

            var reference = new SeriesRef(interner.GetString(key), dimensions);
            segmentSeries[number] = new SegmentSeries(reference, registry.GetOrAdd(reference));
        }

        return reader.AtEnd;
    }

    private static bool TryDecodeMetadataAndEnd(
        ref WalSpanReader reader, int payloadLength, long wallClockMs, MetricInterner interner, MetricDataPoint[] points, int[] pointSeries, out WalRecord? record)
    {
        record = null;
        if (!reader.TryReadCount(payloadLength, out var metadataCount))
        {
            return false;
        }

        var metadata = new MetricMetadata[metadataCount];
        for (var i = 0; i < metadataCount; i++)
        {
            if (!reader.TryReadUtf8(out var key) || !reader.TryReadByte(out var type) || type > (byte)MetricType.Count
                || !reader.TryReadNullableString(out var displayName) || !reader.TryReadNullableString(out var description)
                || !reader.TryReadNullableString(out var unit))
            {
                return false;
            }

            metadata[i] = new MetricMetadata(0, interner.GetString(key), (MetricType)type, displayName, description, unit);
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        record = new WalRecord.Batch(new BatchContent(wallClockMs, points, pointSeries, metadata));
        return true;
    }
}

/// <summary>A series as a log segment defined it, with its number in this process's registry.</summary>
internal readonly record struct SegmentSeries(SeriesRef Series, int Id);
