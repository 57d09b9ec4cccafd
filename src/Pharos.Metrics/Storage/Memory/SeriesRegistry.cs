using System.Collections.Concurrent;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// Gives every series (metric key + dimensions) a small number for the life of the process, so a logged
/// batch refers to its series by number and the writer applies points through an array instead of two
/// dictionary lookups. Callers register concurrently; numbers are never reused. The log does not depend
/// on these numbers surviving a restart: each segment defines the numbers it uses (see WalCodec).
/// </summary>
internal sealed class SeriesRegistry
{
    private readonly ConcurrentDictionary<SeriesRef, int> _ids = new();
    private readonly Lock _gate = new();
    private SeriesRef[] _series = new SeriesRef[1024];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryGetId(SeriesRef series, out int id) => _ids.TryGetValue(series, out id);

    /// <summary>The number of <paramref name="series"/>, registering it first when it is new.</summary>
    public int GetOrAdd(SeriesRef series)
    {
        if (_ids.TryGetValue(series, out var id))
        {
            return id;
        }

        lock (_gate)
        {
            if (_ids.TryGetValue(series, out id))
            {
                return id;
            }

            id = _count;
            if (id == _series.Length)
            {
                Array.Resize(ref _series, id * 2);
            }

            // Publish the slot before the number, so whoever sees the number can read its series.
            _series[id] = series;
            Volatile.Write(ref _count, id + 1);
            _ids[series] = id;
            return id;
        }
    }

    public SeriesRef Get(int id)
    {
        lock (_gate)
        {
            return _series[id];
        }
    }
}

internal readonly record struct SeriesRef(string MetricKey, DimensionSet Dimensions);
