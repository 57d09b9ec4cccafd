using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage;

/// <summary>
/// One series as stored: its dimensions and immutable views of the chunks that overlap the requested
/// range. Chunks may overlap each other in time (late points), and the range is not applied inside a
/// chunk, so readers filter timestamps themselves.
/// </summary>
public sealed class StoredSeries(string metricKey, DimensionSet dimensions, IReadOnlyList<SeriesChunk> chunks)
{
    public string MetricKey { get; } = metricKey;

    public DimensionSet Dimensions { get; } = dimensions;

    public IReadOnlyList<SeriesChunk> Chunks { get; } = chunks;

    public long PointCount
    {
        get
        {
            long total = 0;
            foreach (var chunk in Chunks)
            {
                total += chunk.Length;
            }

            return total;
        }
    }
}
