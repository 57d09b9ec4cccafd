using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Entities;
using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Slos;

namespace Pharos.Dynatrace;

/// <summary>
/// Typed access to one Dynatrace environment's API v2 (a tenant or pharos local). Request URIs
/// are absolute, built from <see cref="DynatraceConnection.ApiBaseUri"/>, so the HttpClient needs
/// no BaseAddress; its Timeout is the per-attempt timeout. Thread-safe; the HttpClient is not
/// owned and not disposed. Use <see cref="CreateHandler"/> for a handler that never follows redirects.
/// </summary>
public sealed class DynatraceClient
{
    private readonly DynatracePipeline _pipeline;

    public DynatraceClient(HttpClient httpClient, DynatraceConnection connection, DynatraceClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(connection);
        var effective = options ?? DynatraceClientOptions.Default;
        if (effective.MaxConcurrentRequests is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(options));
        }

        _pipeline = new DynatracePipeline(httpClient, connection, effective);
        Settings = new SettingsApi(_pipeline);
        Metrics = new MetricsApi(_pipeline);
        Events = new EventsApi(_pipeline);
        Problems = new ProblemsApi(_pipeline);
        Entities = new EntitiesApi(_pipeline);
        Slos = new SloApi(_pipeline);
    }

    public DynatraceConnection Connection => _pipeline.Connection;

    /// <summary>HTTP requests sent so far, by method and path template.</summary>
    public DynatraceRequestCounter Requests => _pipeline.Counter;

    public SettingsApi Settings { get; }

    public MetricsApi Metrics { get; }

    public EventsApi Events { get; }

    public ProblemsApi Problems { get; }

    public EntitiesApi Entities { get; }

    public SloApi Slos { get; }

    /// <summary>
    /// A handler suited to this client: no automatic redirects (a redirect would carry the token to
    /// wherever it points; the client reports it as InvalidResponse instead), compressed answers
    /// accepted, connections recycled every 5 minutes so DNS changes are seen.
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public override string ToString() => $"DynatraceClient {Connection}";
}
