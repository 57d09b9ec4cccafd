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

    public int ChunkCapacity { get; } = chunkCapacity;

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

        var columns = new SeriesColumns?[batch.Series.Count];
        var entries = new MetricEntry?[batch.Series.Count];
        int stored = 0, expired = 0;
        for (var i = 0; i < batch.Points.Count; i++)
        {
            var point = batch.Points[i];
            if (point.TimestampMs < cutoffMs)
            {
                expired++;
                continue;
            }

            var index = batch.PointSeries[i];
            var series = columns[index];
            if (series is null)
            {
                var entry = GetOrAddMetric(batch.Series[index].MetricKey, point.Type, batch.WallClockMs);
                entry.NoteType(point.Type);
                series = columns[index] = GetOrAddSeries(entry, batch.Series[index].Dimensions);
                entries[index] = entry;
            }

            series.Append(point.TimestampMs, point.Min, point.Max, point.Sum, point.Count, point.Kind, ChunkCapacity);
            stored++;
        }

        foreach (var entry in entries)
        {
            if (entry is not null && entry.LastBatch != batchNumber)
            {
                entry.LastBatch = batchNumber;
                entry.NoteWritten(batch.WallClockMs);
            }
        }

        return (stored, expired);
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

        var created = new SeriesColumns(entry.Key, dimensions);
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
