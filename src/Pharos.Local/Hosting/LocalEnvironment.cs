using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pharos.Local.Auth;
using Pharos.Local.Entities;
using Pharos.Local.Logging;
using Pharos.Local.Storage;

namespace Pharos.Local.Hosting;

/// <summary>
/// A running local Dynatrace-compatible environment: Kestrel on <see cref="BaseAddress"/>, data in
/// <see cref="DataDirectory"/>. Start it with <see cref="StartAsync"/>; stop it with <see cref="StopAsync"/>
/// (SIGTERM does the same when <see cref="LocalEnvironmentOptions.HandleShutdownSignals"/> is set).
/// </summary>
public sealed class LocalEnvironment : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LocalDatabase _database;
    private int _disposed;

    private LocalEnvironment(WebApplication app, Uri baseAddress, string dataDirectory, bool adminTokenCreated)
    {
        _app = app;
        _database = app.Services.GetRequiredService<LocalDatabase>();
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        AdminTokenCreated = adminTokenCreated;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234/</c>; with port 0 this holds the chosen port.</summary>
    public Uri BaseAddress { get; }

    /// <summary><c>{BaseAddress}api/v2/</c>: the classic Environment API v2 root (Api-Token auth).</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "api/v2/");

    /// <summary><c>{BaseAddress}platform/classic/environment-api/v2/</c>: the same API with Bearer auth.</summary>
    public Uri PlatformApiBaseAddress => new(BaseAddress, "platform/classic/environment-api/v2/");

    public string DataDirectory { get; }

    /// <summary>Where the admin token was written on the first start of <see cref="DataDirectory"/>.</summary>
    public string AdminTokenPath => Path.Combine(DataDirectory, AdminTokenBootstrapper.FileName);

    /// <summary>True when this start created the admin token (first start of the data directory).</summary>
    public bool AdminTokenCreated { get; }

    public ILocalTokenAdministration Tokens => _app.Services.GetRequiredService<ILocalTokenAdministration>();

    public ILocalEntityRegistry Entities => _app.Services.GetRequiredService<ILocalEntityRegistry>();

    public IServiceProvider Services => _app.Services;

    /// <param name="configureServices">
    /// Runs before the environment's own registrations, so it can replace them: plug in
    /// <c>ISettingsSchemaProvider</c>, <c>ISettingsValidator</c>, extra <c>ILocalApiModule</c>s, logging
    /// providers or a <see cref="TimeProvider"/>.
    /// </param>
    public static async Task<LocalEnvironment> StartAsync(
        LocalEnvironmentOptions options,
        Action<IServiceCollection>? configureServices = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = ResolveEndpoint(options);
        var dataDirectory = PrepareDataDirectory(options.DataDirectory);
        options = options with { DataDirectory = dataDirectory };

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Pharos.Local" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(endpoint);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        if (!options.HandleShutdownSignals)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IHostLifetime, ManualLifetime>());
        }

        configureServices?.Invoke(builder.Services);
        builder.Services.AddPharosLocal(options);

        var app = builder.Build();
        var database = app.Services.GetRequiredService<LocalDatabase>();
        try
        {
            await app.Services.GetRequiredService<LocalDatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var created = await app.Services.GetRequiredService<AdminTokenBootstrapper>()
                .EnsureAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
            LocalPipeline.Configure(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var baseAddress = new Uri(address.TrimEnd('/') + "/");
            LocalLog.Started(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<LocalEnvironment>(), baseAddress, dataDirectory);
            return new LocalEnvironment(app, baseAddress, dataDirectory, created);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            database.ReleasePooledConnections();
            throw;
        }
    }

    /// <summary>Completes when the environment has been stopped (StopAsync, SIGTERM or Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops accepting requests, lets running ones finish, then releases the database.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        LocalLog.Stopping(_app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<LocalEnvironment>());
        await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        _database.ReleasePooledConnections();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _database.ReleasePooledConnections();
    }

    private static IPEndPoint ResolveEndpoint(LocalEnvironmentOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Expected a TCP port from 0 to 65535 (0 picks a free port). Actual value: {options.Port}.", nameof(options));
        }

        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, options.Port);
        }

        if (!IPAddress.TryParse(options.Host, out var address))
        {
            throw new ArgumentException($"Expected an IP address or 'localhost' to bind to, e.g. 127.0.0.1. Actual value: '{options.Host}'.", nameof(options));
        }

        return new IPEndPoint(address, options.Port);
    }

    private static string PrepareDataDirectory(string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            throw new ArgumentException($"Expected a data directory path, e.g. '{LocalEnvironmentOptions.DefaultDataDirectory}'. Actual value is empty.", nameof(dataDirectory));
        }

        var full = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(full))
        {
            // Owner-only: the directory holds the admin token and every settings value.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(full);
            }
            else
            {
                Directory.CreateDirectory(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return full;
    }
}
