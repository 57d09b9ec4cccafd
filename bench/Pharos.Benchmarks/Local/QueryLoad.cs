using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Hosting;
using Pharos.Local.Metrics;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;

namespace Pharos.Benchmarks.Local;

internal sealed record QueryRun(int Points, int Slots, double IngestSeconds, LatencySummary Http, LatencySummary Engine, int ResponseBytes);

/// <summary>
/// One series of N points (100 per minute, so 1,000,000 points span 10,000 minutes) ingested through the
/// real endpoint with the server clock moved along, then <c>:avg</c> at 1-minute resolution over the whole
/// span through HTTP, against the same query run on the in-process engine in the same run.
/// </summary>
internal static class QueryLoad
{
    private const string Metric = "bench.query.series";
    private const int PointsPerMinute = 100;
    private const long Minute = 60_000;

    public static async Task<QueryRun> RunAsync(string dataDirectory, HarnessArgs args)
    {
        var clock = new OffsetClock();
        var startMs = ((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / Minute) - (args.QueryPoints / PointsPerMinute) - 60) * Minute;
        var stepMs = Minute / PointsPerMinute;
        clock.SetNow(DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        await using var environment = await LocalEnvironment.StartAsync(
            new LocalEnvironmentOptions { Port = 0, DataDirectory = dataDirectory, HandleShutdownSignals = false },
            services => services.AddSingleton<TimeProvider>(clock)).ConfigureAwait(false);
        var token = (await File.ReadAllTextAsync(environment.AdminTokenPath).ConfigureAwait(false)).Trim();
        using var http = new HttpClient { BaseAddress = environment.ApiBaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", token);

        var ingest = Stopwatch.StartNew();
        var body = new StringBuilder(args.LinesPerRequest * 48);
        for (var first = 0; first < args.QueryPoints; first += args.LinesPerRequest)
        {
            body.Clear();
            var last = Math.Min(first + args.LinesPerRequest, args.QueryPoints) - 1;
            for (var i = first; i <= last; i++)
            {
                body.Append(CultureInfo.InvariantCulture, $"{Metric} {i % 997}.25 {startMs + (i * stepMs)}\n");
            }

            clock.SetNow(DateTimeOffset.FromUnixTimeMilliseconds(startMs + (last * stepMs) + 1000));
            using var content = new StringContent(body.ToString(), Encoding.UTF8, "text/plain");
            using var response = await http.PostAsync("metrics/ingest", content).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"ingest of the query series answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            }
        }

        ingest.Stop();
        var slots = args.QueryPoints / PointsPerMinute;
        var from = startMs.ToString(CultureInfo.InvariantCulture);
        var to = (startMs + (slots * Minute)).ToString(CultureInfo.InvariantCulture);
        var path = $"metrics/query?metricSelector={Metric}:avg&resolution=1m&from={from}&to={to}";

        var responseBytes = 0;
        var httpTimes = new List<double>();
        for (var i = 0; i < args.QueryIterations + 5; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(path).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"query answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
            }

            if (i == 0)
            {
                Verify(bytes, slots);
            }

            responseBytes = bytes.Length;
            if (i >= 5)
            {
                httpTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var services = await environment.Services.GetRequiredService<MetricStoreHost>().GetAsync(CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException("the metric store is closed");
        var request = new MetricQueryRequest($"{Metric}:avg") { Resolution = "1m", From = from, To = to };
        var engineTimes = new List<double>();
        for (var i = 0; i < args.QueryIterations + 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await services.Engine.QueryAsync(request, CancellationToken.None).ConfigureAwait(false);
            _ = MetricQueryJson.SerializeToUtf8Bytes(result.Data ?? throw new InvalidOperationException(result.ErrorMessage));
            watch.Stop();
            if (i >= 5)
            {
                engineTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        await environment.StopAsync().ConfigureAwait(false);
        return new QueryRun(args.QueryPoints, slots, ingest.Elapsed.TotalSeconds, LatencySummary.Of(httpTimes), LatencySummary.Of(engineTimes), responseBytes);
    }

    // Every slot holds 100 points; the result must have one series with a value in each of them.
    private static void Verify(byte[] json, int slots)
    {
        using var document = JsonDocument.Parse(json);
        var series = document.RootElement.GetProperty("result")[0].GetProperty("data");
        var values = series[0].GetProperty("values");
        if (series.GetArrayLength() != 1 || values.GetArrayLength() != slots || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            throw new InvalidOperationException($"unexpected query result: {series.GetArrayLength()} series, {values.GetArrayLength()} slots (expected 1 and {slots}, all with values)");
        }
    }
}
