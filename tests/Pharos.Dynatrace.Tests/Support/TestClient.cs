using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Tests.Support;

/// <summary>A client wired to a fake server and a fake clock, recording every exchange.</summary>
internal sealed class TestClient
{
    // Shaped like a real API token; the secret part is what must never leak.
    public const string Token = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.S3CR3T0123456789S3CR3T0123456789S3CR3T0123456789S3CR3T01234567";
    public const string Secret = "S3CR3T0123456789S3CR3T0123456789S3CR3T0123456789S3CR3T01234567";
    public const string ClassicUrl = "https://abc12345.live.dynatrace.com";

    public TestClient(string url = ClassicUrl, DynatraceRetryOptions? retry = null, int? maxConcurrentRequests = 5, string token = Token)
    {
        var diagnostics = new DiagnosticBag();
        Connection = DynatraceConnection.TryCreate(url, token, diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics.ToSortedList()));
        Client = new DynatraceClient(new HttpClient(Handler), Connection, new DynatraceClientOptions
        {
            TimeProvider = Clock,
            Retry = retry ?? new DynatraceRetryOptions { Jitter = () => 0.5 },
            OnExchange = e =>
            {
                lock (Exchanges)
                {
                    Exchanges.Add(e);
                }
            },
            MaxConcurrentRequests = maxConcurrentRequests,
        });
    }

    public FakeHttpHandler Handler { get; } = new();

    public FakeTimeProvider Clock { get; } = new();

    public List<HttpExchange> Exchanges { get; } = [];

    public DynatraceConnection Connection { get; }

    public DynatraceClient Client { get; }
}
