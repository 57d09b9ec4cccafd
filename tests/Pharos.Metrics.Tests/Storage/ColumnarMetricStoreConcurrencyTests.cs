using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

public sealed class ColumnarMetricStoreConcurrencyTests
{
    [Fact]
    public async Task AppendAndRead_InParallel_EveryAcknowledgedPointIsReadOnceAndReadersSeeConsistentChunks()
    {
        using var directory = new TempDirectory();
        var clock = new ManualClock(Points.Start.AddMinutes(30));
        await using var store = await Stores.OpenAsync(directory.Path, clock, new MetricStoreOptions { ChunkCapacity = 32 });
        const int Writers = 4, BatchesPerWriter = 50, PointsPerBatch = 40;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                var read = await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None);
                foreach (var chunk in read.Series.SelectMany(s => s.Chunks))
                {
                    // Every visible slot is fully written: value and timestamp agree.
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        Assert.Equal(chunk.Timestamps.Span[i] - Points.StartMs, chunk.Sum.Span[i]);
                    }
                }

                reads++;
            }

            return reads;
        })).ToArray();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < BatchesPerWriter; b++)
            {
                var points = Enumerable.Range(0, PointsPerBatch).Select(p =>
                {
                    var offset = (((w * BatchesPerWriter) + b) * PointsPerBatch) + p;
                    return Points.Gauge("cpu", offset, Points.StartMs + offset, Points.Dims("writer", "w" + w, "slot", (p % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }).ToArray();
                await Stores.AppendOkAsync(store, points);
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        var readCounts = await Task.WhenAll(readers);

        var all = await Stores.DumpAsync(store, "cpu");
        Assert.Equal(Writers * BatchesPerWriter * PointsPerBatch, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Timestamp).Distinct().Count());
        Assert.All(readCounts, count => Assert.True(count > 0));
    }
}
