using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;

namespace Pharos.Metrics.Storage.Snapshots;

/// <summary>
/// A consistent cut of the memory state, taken by the writer between two groups of writes right after
/// starting segment <see cref="CoveredSequence"/>. It references immutable chunk views, so writing it to
/// disk can run in the background while new points arrive.
/// </summary>
internal sealed class SnapshotView(long coveredSequence, long createdMs, IReadOnlyList<SnapshotView.Metric> metrics)
{
    public long CoveredSequence { get; } = coveredSequence;

    public long CreatedMs { get; } = createdMs;

    public IReadOnlyList<Metric> Metrics { get; } = metrics;

    public static SnapshotView Capture(MemoryState memory, long coveredSequence, long createdMs)
    {
        var metrics = new List<Metric>();
        foreach (var entry in memory.Metrics)
        {
            var series = new List<Series>();
            foreach (var columns in entry.Series.Values)
            {
                var state = columns.Current;
                var chunks = new List<SeriesChunk>(state.Sealed.Length + 1);
                foreach (var chunk in state.Sealed)
                {
                    chunks.Add(chunk.View());
                }

                var head = state.Head.View();
                if (head.Length > 0)
                {
                    chunks.Add(head);
                }

                if (chunks.Count > 0)
                {
                    series.Add(new Series(columns.Dimensions, chunks));
                }
            }

            metrics.Add(new Metric(entry.Key, entry.Catalog, series));
        }

        return new SnapshotView(coveredSequence, createdMs, metrics);
    }

    internal sealed record Metric(string Key, MetricEntry.CatalogState Catalog, IReadOnlyList<Series> Series);

    internal sealed record Series(DimensionSet Dimensions, IReadOnlyList<SeriesChunk> Chunks);
}
