using Pharos.Metrics.Query.Model;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>Turns an aggregated <see cref="SeriesSet"/> into response series: slot-end timestamps, NaN as null.</summary>
internal static class ResultBuilder
{
    public static IReadOnlyList<MetricSeries> Build(SeriesSet set)
    {
        var gridTimestamps = set.IsSinglePoint ? [set.Grid.EndMs] : set.Grid.SlotEnds();
        var result = new List<MetricSeries>(set.Series.Count);
        foreach (var series in set.Series)
        {
            var dimensions = new string?[series.Key.Entries.Count];
            var map = new Dictionary<string, string?>(dimensions.Length, StringComparer.Ordinal);
            for (var i = 0; i < dimensions.Length; i++)
            {
                var entry = series.Key.Entries[i];
                dimensions[i] = entry.Value;
                map[entry.Key] = entry.Value;
            }

            var raw = series.Values!;
            var values = new double?[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                values[i] = double.IsFinite(raw[i]) ? raw[i] : null;
            }

            var timestamps = set.IsSinglePoint && series.Timestamp is { } own ? [own] : gridTimestamps;
            result.Add(new MetricSeries(dimensions, map, timestamps, values));
        }

        return result;
    }
}
