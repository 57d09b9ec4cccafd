using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Benchmarks.Local;

internal sealed record IngestSample(
    double AtSeconds, double DataPointsPerSecond, long ResidentBytes, long ManagedHeapBytes, GcDelta Gc, double BytesPerPoint, double P99, double Max);

/// <summary>Memory over the measured part of a run: readings at its start and end, and the peaks in between (sampled every second).</summary>
internal sealed record RunMemory(GcReading Start, GcReading End, long PeakHeapBytes, long PeakResidentBytes, long DataPoints)
{
    public GcDelta Gc => End.Since(Start);

    public double BytesPerPoint => DataPoints == 0 ? double.NaN : (double)Gc.AllocatedBytes / DataPoints;
}

internal sealed record IngestRun(double Seconds, long Requests, long DataPoints, int Failures, LatencySummary Latency, IReadOnlyList<IngestSample> Samples, RunMemory? Memory)
{
    public double DataPointsPerSecond => DataPoints / Seconds;
}

/// <summary>
/// Drives <c>POST /api/v2/metrics/ingest</c> from N concurrent clients over loopback. Closed loop (each
/// client sends its next batch when the previous one is answered) or, with a rate, open loop: each client
/// keeps a fixed schedule and latency is measured from the scheduled send time, so a server that falls
/// behind shows it in the percentiles (no coordinated omission).
/// </summary>
internal static class IngestLoad
{
    public static async Task<IngestRun> RunHttpAsync(Uri apiBase, string token, byte[][] bodies, HarnessArgs args)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = args.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = apiBase, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", token);

        var clock = Stopwatch.StartNew();
        var measureFrom = args.Warmup.TotalSeconds;
        var stopAt = measureFrom + args.Duration.TotalSeconds;
        long sequence = 0, points = 0, requests = 0;
        var failures = 0;
        var latencies = new List<(double EndedAt, double Milliseconds)>[args.Clients];
        var samples = new List<IngestSample>();
        var interval = Interval(args);

        async Task ClientAsync(int client)
        {
            var mine = latencies[client] = new List<(double, double)>(1 << 16);
            var due = clock.Elapsed.TotalSeconds + (interval * client / args.Clients);
            while (clock.Elapsed.TotalSeconds < stopAt)
            {
                var started = await WaitForTurnAsync(clock, interval, ref due).ConfigureAwait(false);

                var body = bodies[Interlocked.Increment(ref sequence) % bodies.Length];
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
                using var response = await http.PostAsync("metrics/ingest", content).ConfigureAwait(false);
                _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                var ended = clock.Elapsed.TotalSeconds;
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref failures);
                }

                if (started >= measureFrom && ended <= stopAt)
                {
                    mine.Add((ended - measureFrom, (ended - started) * 1000));
                    Interlocked.Add(ref points, args.LinesPerRequest);
                    Interlocked.Increment(ref requests);
                }
            }
        }

        RunMemory? memory = null;
        async Task SampleAsync()
        {
            await Task.Delay(args.Warmup).ConfigureAwait(false);
            var peaks = new GcPeaks();
            await using (peaks.ConfigureAwait(false))
            {
                var last = Interlocked.Read(ref points);
                var lastAt = clock.Elapsed.TotalSeconds;
                var lastReading = peaks.Start;
                while (clock.Elapsed.TotalSeconds + 0.5 < stopAt)
                {
                    await Task.Delay(args.SampleInterval).ConfigureAwait(false);
                    var now = clock.Elapsed.TotalSeconds;
                    var current = Interlocked.Read(ref points);
                    var reading = GcReading.Now();
                    var delta = reading.Since(lastReading);
                    samples.Add(new IngestSample(
                        now - measureFrom, (current - last) / (now - lastAt), reading.ResidentBytes, reading.HeapBytes, delta,
                        current == last ? double.NaN : (double)delta.AllocatedBytes / (current - last), 0, 0));
                    (last, lastAt, lastReading) = (current, now, reading);
                }

                memory = new RunMemory(
                    peaks.Start, lastReading, Math.Max(peaks.PeakHeapBytes, lastReading.HeapBytes), Math.Max(peaks.PeakResidentBytes, lastReading.ResidentBytes), last);
            }
        }

        var tasks = Enumerable.Range(0, args.Clients).Select(ClientAsync).Append(SampleAsync()).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        var all = latencies.SelectMany(l => l).ToList();
        var windows = samples.Select((sample, i) =>
        {
            var start = i == 0 ? 0 : samples[i - 1].AtSeconds;
            var window = LatencySummary.Of(all.Where(l => l.EndedAt > start && l.EndedAt <= sample.AtSeconds).Select(l => l.Milliseconds));
            return sample with { P99 = window.P99, Max = window.Max };
        }).ToList();
        return new IngestRun(args.Duration.TotalSeconds, requests, points, failures, LatencySummary.Of(all.Select(l => l.Milliseconds)), windows, memory);
    }

    /// <summary>
    /// Same-run reference: the same bodies parsed and appended straight to a store of the same kind (durable,
    /// group commit) by the same number of concurrent writers on the same schedule, without HTTP,
    /// authentication or JSON.
    /// </summary>
    public static async Task<IngestRun> RunStoreDirectAsync(string directory, byte[][] bodies, HarnessArgs args)
    {
        var interner = new MetricInterner();
        var parser = new LineProtocolParser(interner, TimeProvider.System);
        var open = await ColumnarMetricStore.OpenAsync(
            new MetricStoreOptions { DirectoryPath = directory, Retention = args.Retention }, interner, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        await using var store = open.Store ?? throw new InvalidOperationException($"reference store: {open.Status} {open.Message}");
        var clock = Stopwatch.StartNew();
        var seconds = args.ReferenceDuration.TotalSeconds;
        var interval = Interval(args);
        long sequence = 0, points = 0, requests = 0;
        var latencies = new List<double>[args.Clients];
        var peaks = new GcPeaks();

        async Task WriterAsync(int writer)
        {
            var mine = latencies[writer] = [];
            var due = interval * writer / args.Clients;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var started = await WaitForTurnAsync(clock, interval, ref due).ConfigureAwait(false);
                var batch = new MetricWriteBatch(args.LinesPerRequest);
                _ = parser.Parse(bodies[Interlocked.Increment(ref sequence) % bodies.Length], ref batch);
                var result = await store.AppendAsync(batch, CancellationToken.None).ConfigureAwait(false);
                if (!result.IsOk)
                {
                    throw new InvalidOperationException($"reference append: {result.Status} {result.Message}");
                }

                mine.Add((clock.Elapsed.TotalSeconds - started) * 1000);
                Interlocked.Add(ref points, batch.Points.Count);
                Interlocked.Increment(ref requests);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, args.Clients).Select(i => Task.Run(() => WriterAsync(i)))).ConfigureAwait(false);
        var end = GcReading.Now();
        var memory = new RunMemory(peaks.Start, end, Math.Max(peaks.PeakHeapBytes, end.HeapBytes), Math.Max(peaks.PeakResidentBytes, end.ResidentBytes), points);
        await peaks.DisposeAsync().ConfigureAwait(false);
        return new IngestRun(clock.Elapsed.TotalSeconds, requests, points, 0, LatencySummary.Of(latencies.SelectMany(l => l)), [], memory);
    }

    /// <summary>Seconds between two sends of one client at the target rate; 0 for a closed loop.</summary>
    private static double Interval(HarnessArgs args) => args.Rate > 0 ? (double)args.Clients * args.LinesPerRequest / args.Rate : 0;

    /// <summary>
    /// Waits until this client's next scheduled send and returns the time latency counts from: the schedule
    /// (even when the client is late), or now in a closed loop.
    /// </summary>
    private static ValueTask<double> WaitForTurnAsync(Stopwatch clock, double interval, ref double due)
    {
        var now = clock.Elapsed.TotalSeconds;
        if (interval <= 0)
        {
            return ValueTask.FromResult(now);
        }

        var scheduled = due;
        due += interval;
        return scheduled <= now ? ValueTask.FromResult(scheduled) : DelayAsync(scheduled - now, scheduled);

        static async ValueTask<double> DelayAsync(double seconds, double scheduled)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            return scheduled;
        }
    }
}
