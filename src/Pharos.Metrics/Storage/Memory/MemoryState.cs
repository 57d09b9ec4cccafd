using System.Collections.Concurrent;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// Every metric and series in memory. Reads are lock-free from any thread; the apply and retention
/// methods are called by one writer at a time (the store's write loop, or recovery before it starts).
/// </summary>
internal sealed class MemoryState(int chunkCapacity)
{
    private readonly ConcurrentDictionary<string, MetricEntry> _metrics = new(StringComparer.Ordinal);
    private long _batchNumber;
    private SeriesColumns?[] _byId = new SeriesColumns?[1024];

    public ChunkLayout Layout { get; } = new(chunkCapacity);

    public int ChunkCapacity => Layout.Capacity;

    public ICollection<MetricEntry> Metrics => _metrics.Values;

    public bool TryGetMetric(string key, out MetricEntry entry) => _metrics.TryGetValue(key, out entry!);

    /// <summary>Applies one batch; points older than <paramref name="cutoffMs"/> are counted as expired and skipped.</summary>
    public (int Stored, int Expired) Apply(BatchContent batch, long cutoffMs)
    {
        var batchNumber = ++_batchNumber;
        foreach (var metadata in batch.Metadata)
        {
            GetOrAddMetric(metadata.MetricKey, metadata.Type, batch.WallClockMs).ApplyIngestMetadata(metadata);
        }

        int stored = 0, expired = 0;
        var points = batch.Points;
        var ids = batch.PointSeries;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.TimestampMs < cutoffMs)
            {
                expired++;
                continue;
            }

            var series = Resolve(ids[i], point, batch.WallClockMs);
            var entry = series.Owner;
            if (entry.LastBatch != batchNumber)
            {
                entry.LastBatch = batchNumber;
                entry.NoteType(point.Type);
                entry.NoteWritten(batch.WallClockMs);
            }

            series.Append(point.TimestampMs, point.Min, point.Max, point.Sum, point.Count, point.Kind);
            stored++;
        }

        return (stored, expired);
    }

    /// <summary>The series of registry number <paramref name="id"/>, through the array when it was seen before.</summary>
    private SeriesColumns Resolve(int id, in MetricDataPoint point, long wallClockMs)
    {
        if ((uint)id < (uint)_byId.Length && _byId[id] is { IsDropped: false } cached)
        {
            return cached;
        }

        var entry = GetOrAddMetric(point.MetricKey, point.Type, wallClockMs);
        var series = GetOrAddSeries(entry, point.Dimensions);
        if (id >= _byId.Length)
        {
            Array.Resize(ref _byId, Math.Max(id + 1, _byId.Length * 2));
        }

        _byId[id] = series;
        return series;
    }

    public void ApplySettings(string metricKey, MetricMetadataSettings? settings, long wallClockMs)
    {
        if (settings is null && !_metrics.ContainsKey(metricKey))
        {
            return;
        }

        var entry = _metrics.GetOrAdd(metricKey, key => new MetricEntry(key, MetricType.Gauge, typeKnown: false, wallClockMs));
        entry.SetSettings(settings);
    }

    public (long Points, int Series) DropOlderThan(long cutoffMs)
    {
        long points = 0;
        var series = 0;
        foreach (var entry in _metrics.Values)
        {
            foreach (var pair in entry.Series)
            {
                points += pair.Value.DropOlderThan(cutoffMs);
                if (pair.Value.IsEmpty && entry.Series.TryRemove(pair))
                {
                    pair.Value.IsDropped = true;
                    series++;
                }
            }
        }

        return (points, series);
    }

    /// <summary>Recovery only: recreates a metric exactly as a snapshot recorded it.</summary>
    public MetricEntry Restore(string key, MetricEntry.CatalogState catalog)
    {
        var entry = new MetricEntry(key, catalog.Type, catalog.TypeKnown, catalog.CreatedMs);
        entry.Restore(catalog);
        _metrics[key] = entry;
        return entry;
    }

    public SeriesColumns GetOrAddSeries(MetricEntry entry, DimensionSet dimensions)
    {
        if (entry.Series.TryGetValue(dimensions, out var existing))
        {
            return existing;
        }

        var created = new SeriesColumns(entry, dimensions, Layout);
        entry.Series[dimensions] = created;
        entry.NoteDimensions(dimensions);
        return created;
    }

    private MetricEntry GetOrAddMetric(string key, MetricType type, long wallClockMs)
    {
        if (_metrics.TryGetValue(key, out var entry))
        {
            return entry;
        }

        entry = new MetricEntry(key, type, typeKnown: true, wallClockMs);
        _metrics[key] = entry;
        return entry;
    }
}
