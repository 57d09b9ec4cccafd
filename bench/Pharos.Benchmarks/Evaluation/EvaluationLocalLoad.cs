using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Pharos.Benchmarks.Local;
using Pharos.Evaluation.Benchmarks;
using Pharos.Evaluation.Series;
using Pharos.Local.Entities;
using Pharos.Local.Hosting;

namespace Pharos.Benchmarks.Evaluation;

/// <summary>
/// Fills a started local environment with <see cref="Workload"/> through its public surfaces: the service
/// entities through the entity registry, every minute of data through <c>POST /metrics/ingest</c> (one request
/// per minute, all series) and the metric events through <c>POST /settings/objects</c> (real schema validation).
/// </summary>
internal sealed class EvaluationLocalLoad : IDisposable
{
    private const int SettingsPerRequest = 250;

    private readonly LocalEnvironment _environment;
    private readonly OffsetClock _clock;
    private readonly EvaluationLocalArgs _args;
    private readonly HttpClient _http;

    public EvaluationLocalLoad(LocalEnvironment environment, OffsetClock clock, string token, EvaluationLocalArgs args)
    {
        _environment = environment;
        _clock = clock;
        _args = args;
        _http = new HttpClient { BaseAddress = environment.ApiBaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", token);
    }

    public void Dispose() => _http.Dispose();

    public async Task RegisterServicesAsync()
    {
        for (var m = 0; m < Workload.Metrics; m++)
        {
            for (var s = 0; s < _args.ServicesPerMetric; s++)
            {
                var registration = new EntityRegistration("SERVICE", $"bench-service-{m}-{s}") { EntityId = Workload.ServiceId(m, s) };
                await _environment.Entities.RegisterAsync(registration, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Ingests the values of <paramref name="minute"/> (an absolute minute) for every series, with the server clock at the minute's end.</summary>
    public async Task IngestMinuteAsync(long minute)
    {
        _clock.SetNow(EvaluationMinutes.Start(minute + 1));
        var at = EvaluationMinutes.Start(minute).AddSeconds(30).ToUnixTimeMilliseconds();
        var body = new StringBuilder(_args.Series * 100);
        for (var m = 0; m < Workload.Metrics; m++)
        {
            for (var s = 0; s < _args.ServicesPerMetric; s++)
            {
                body.Append(CultureInfo.InvariantCulture, $"{Workload.MetricKey(m)},dt.entity.service={Workload.ServiceId(m, s)},region={Workload.Region(s)} {Workload.Value(minute, s, _args.ViolatingPercent):0.######} {at}\n");
            }
        }

        using var content = new StringContent(body.ToString(), Encoding.UTF8, "text/plain");
        using var response = await _http.PostAsync("metrics/ingest", content).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"ingest of minute {minute} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
    }

    public async Task CreateMetricEventsAsync()
    {
        for (var first = 0; first < _args.Events; first += SettingsPerRequest)
        {
            var items = new JsonArray();
            for (var i = first; i < Math.Min(first + SettingsPerRequest, _args.Events); i++)
            {
                items.Add(new JsonObject
                {
                    ["schemaId"] = "builtin:anomaly-detection.metric-events",
                    ["scope"] = "environment",
                    ["value"] = JsonNode.Parse(Workload.ConfigJson(i)),
                });
            }

            using var content = new StringContent(items.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("settings/objects", content).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"creating metric events {first}… answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 2000)]}");
            }
        }
    }
}
