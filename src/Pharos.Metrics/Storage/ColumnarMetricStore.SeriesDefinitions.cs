using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

public sealed partial class ColumnarMetricStore
{
    // Writer only: which series numbers the current segment already defines. Each segment defines the
    // numbers it uses, so it replays on its own after a snapshot that covers the segments before it.
    private readonly List<int> _newSeries = [];
    private bool[] _definedInSegment = new bool[1024];

    /// <summary>
    /// A definitions record for the series numbers this group uses for the first time in the current
    /// segment, to be written in front of the group's records; null when there are none. A series costs its
    /// key and dimensions once per segment instead of once per batch.
    /// </summary>
    private WalBuffer? DefineNewSeries(List<StoreCommand> group)
    {
        if (_segment is null)
        {
            return null;
        }

        _newSeries.Clear();
        foreach (var command in group)
        {
            if (command is not StoreCommand.Append append)
            {
                continue;
            }

            foreach (var id in append.Content.PointSeries)
            {
                if (id >= _definedInSegment.Length)
                {
                    Array.Resize(ref _definedInSegment, Math.Max(id + 1, _definedInSegment.Length * 2));
                }

                if (!_definedInSegment[id])
                {
                    _definedInSegment[id] = true;
                    _newSeries.Add(id);
                }
            }
        }

        return _newSeries.Count == 0 ? null : WalCodec.EncodeSeriesDefinitions(_registry, _newSeries);
    }

    /// <summary>A new segment defines its series afresh.</summary>
    private void ForgetSegmentSeries() => Array.Clear(_definedInSegment);
}
