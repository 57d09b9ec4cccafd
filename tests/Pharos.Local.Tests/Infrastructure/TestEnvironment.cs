using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pharos.Local.Hosting;

namespace Pharos.Local.Tests.Infrastructure;

/// <summary>
/// A real local environment on 127.0.0.1 with a free port and a fresh temporary data directory,
/// plus an HttpClient that carries the admin token.
/// </summary>
internal sealed class TestEnvironment : IAsyncDisposable
{
    private TestEnvironment(LocalEnvironment environment, string dataDirectory, bool ownsDirectory, ManualTimeProvider time, CapturingLoggerProvider logs)
    {
        Environment = environment;
        DataDirectory = dataDirectory;
        OwnsDirectory = ownsDirectory;
        Time = time;
        Logs = logs;
        AdminToken = File.ReadAllText(Path.Combine(dataDirectory, "admin-token")).Trim();
        Client = CreateClient(AdminToken);
    }

    public LocalEnvironment Environment { get; }

    public string DataDirectory { get; }

    public ManualTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public string AdminToken { get; }

    /// <summary>Client on <c>/api/v2/</c> with the admin token.</summary>
    public HttpClient Client { get; }

    private bool OwnsDirectory { get; }

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "pharos-local-tests", Guid.NewGuid().ToString("N"));

    public static async Task<TestEnvironment> StartAsync(
        string? dataDirectory = null,
        Func<LocalEnvironmentOptions, LocalEnvironmentOptions>? configure = null,
        ManualTimeProvider? time = null,
        Action<IServiceCollection>? services = null,
        bool realSchemas = false)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        time ??= new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        var logs = new CapturingLoggerProvider();
        var options = new LocalEnvironmentOptions { DataDirectory = dataDirectory, Port = 0, HandleShutdownSignals = false };
        options = configure?.Invoke(options) ?? options;
        var environment = await LocalEnvironment.StartAsync(options, s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            if (!realSchemas)
            {
                // Most tests exercise the server's own rules on small fake schemas; realSchemas keeps the
                // default Pharos.Settings seams.
                s.AddTestSettingsSchemas();
            }

            services?.Invoke(s);
        });
        return new TestEnvironment(environment, dataDirectory, owns, time, logs);
    }

    public HttpClient CreateClient(string? token, string scheme = "Api-Token", bool platform = false)
    {
        var client = new HttpClient
        {
            BaseAddress = platform ? Environment.PlatformApiBaseAddress : Environment.ApiBaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return client;
    }

    public async Task<string> CreateTokenAsync(params string[] scopes)
    {
        var result = await Environment.Tokens.CreateAsync("test", scopes, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        return result.Token!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Environment.DisposeAsync();
        if (OwnsDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }
}
