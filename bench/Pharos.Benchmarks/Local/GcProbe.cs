using System.Diagnostics;

namespace Pharos.Benchmarks.Local;

/// <summary>
/// Load-independent memory figures of this process at one moment: bytes allocated so far, collections
/// per generation, total GC pause, managed heap and resident memory. Two readings give the figures of the
/// interval between them (e.g. bytes allocated per ingested data point).
/// </summary>
internal readonly record struct GcReading(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause, long HeapBytes, long ResidentBytes)
{
    public static GcReading Now()
    {
        using var process = Process.GetCurrentProcess();
        return new GcReading(
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes,
            process.WorkingSet64);
    }

    public GcDelta Since(GcReading start) => new(
        AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Pause - start.Pause);
}

internal readonly record struct GcDelta(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause);

/// <summary>Reads <see cref="GcReading"/> every second in the background to catch peaks between the report's samples.</summary>
internal sealed class GcPeaks : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public GcPeaks()
    {
        Start = GcReading.Now();
        PeakHeapBytes = Start.HeapBytes;
        PeakResidentBytes = Start.ResidentBytes;
        _loop = LoopAsync();
    }

    public GcReading Start { get; }

    public long PeakHeapBytes { get; private set; }

    public long PeakResidentBytes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token).ConfigureAwait(false);
            var reading = GcReading.Now();
            PeakHeapBytes = Math.Max(PeakHeapBytes, reading.HeapBytes);
            PeakResidentBytes = Math.Max(PeakResidentBytes, reading.ResidentBytes);
        }
    }
}
