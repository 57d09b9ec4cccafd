using System.Globalization;
using System.Text;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Metrics;

/// <summary>Times and helpers shared by the metrics API tests (the test clock stands at 2024-05-14T10:00:00Z).</summary>
internal static class MetricsTestData
{
    public static long NowMs { get; } = ManualTimeProvider.DefaultStart.ToUnixTimeMilliseconds();

    /// <summary><see cref="NowMs"/> shifted by whole minutes, as query text.</summary>
    public static string Minutes(int offset) => (NowMs + (offset * 60_000L)).ToString(CultureInfo.InvariantCulture);

    public static long MinutesMs(int offset) => NowMs + (offset * 60_000L);

    public static StringContent LineProtocol(string body) => new(body, Encoding.UTF8, "text/plain");

    public static Task<HttpResponseMessage> IngestAsync(this HttpClient client, string body) =>
        client.PostAsync("metrics/ingest", LineProtocol(body));

    /// <summary>Ingests and checks that every line was accepted.</summary>
    public static async Task IngestOkAsync(this HttpClient client, string body)
    {
        using var response = await client.IngestAsync(body);
        var text = await response.TextAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"ingest answered {(int)response.StatusCode}: {text}");
    }
}
