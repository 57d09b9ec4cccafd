using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Http;
using Pharos.Local.Faults;
using Pharos.Local.Hosting;
using Pharos.Settings;
using Pharos.Sync.Engine;

namespace Pharos.Sync.Tests.Engine;

/// <summary>
/// The real local environment on 127.0.0.1 (free port, fresh temporary data folder, real Settings
/// 2.0 schemas and validator) and a Dynatrace client with the admin token, retrying as sync does.
/// </summary>
internal sealed class LocalSyncEnvironment : IAsyncDisposable
{
    private static readonly SettingsSchemaRegistry Registry = SettingsSchemaRegistry.LoadEmbedded();

    private readonly HttpClient _http;
    private readonly string _dataDirectory;

    private LocalSyncEnvironment(LocalEnvironment environment, string dataDirectory, string token, DynatraceRequestCounter counter)
    {
        Environment = environment;
        _dataDirectory = dataDirectory;
        Token = token;
        Counter = counter;
        _http = new HttpClient(DynatraceClient.CreateHandler()) { Timeout = TimeSpan.FromSeconds(30) };
        Client = CreateClient(token);
    }

    public LocalEnvironment Environment { get; }

    public string Token { get; }

    public DynatraceClient Client { get; }

    /// <summary>Counts the requests of every client this environment hands out.</summary>
    public DynatraceRequestCounter Counter { get; }

    public static SettingsNormalizer Normalizer { get; } = new(Registry);

    public static async Task<LocalSyncEnvironment> StartAsync(string? faults = null, int? faultSeed = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "pharos-sync-tests", Guid.NewGuid().ToString("N"));
        var options = new LocalEnvironmentOptions
        {
            Port = 0,
            DataDirectory = dataDirectory,
            HandleShutdownSignals = false,
            FaultInjection = faults is null ? FaultInjectionPlan.None : FaultInjectionPlan.Parse(faults).Plan!,
            FaultSeed = faultSeed,
            // Retry-After: 0 keeps the test fast; the client's own tests check that waits are honoured.
            FaultRetryAfter = TimeSpan.Zero,
        };
        var environment = await LocalEnvironment.StartAsync(options);
        var token = (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim();
        return new LocalSyncEnvironment(environment, dataDirectory, token, new DynatraceRequestCounter());
    }

    public DynatraceClient CreateClient(string token)
    {
        var diagnostics = new DiagnosticBag();
        var connection = DynatraceConnection.TryCreate(Environment.BaseAddress.ToString(), token, diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics.ToSortedList()));
        return new DynatraceClient(_http, connection, new DynatraceClientOptions
        {
            Counter = Counter,
            Retry = new DynatraceRetryOptions { RetryServerErrors = true, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
        });
    }

    public async Task<string> CreateTokenAsync(params string[] scopes)
    {
        var result = await Environment.Tokens.CreateAsync("sync-test", scopes, CancellationToken.None);
        return result.Token ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
    }

    public SyncEngine Engine(SyncEngineOptions? options = null) => new(Client, Normalizer, options);

    public SyncEngine Engine(DynatraceClient client) => new(client, Normalizer);

    public async ValueTask DisposeAsync()
    {
        await Environment.DisposeAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder must not fail a test.
        }
    }
}
