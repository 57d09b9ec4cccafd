using Microsoft.Extensions.Logging;
using Pharos.Local.Hosting;
using Pharos.Local.Logging;
using Pharos.Metrics.Descriptors;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// Owns the metric tier of the environment: the durable store in <c>&lt;data&gt;/metrics/</c>, the interner
/// it shares with the line-protocol parser, and the query engine and descriptor service over it. Opened
/// before the server takes requests (<see cref="MetricStoreLifecycle"/>) and closed after the last request
/// finished, which writes a snapshot so the next start replays nothing.
/// </summary>
internal sealed class MetricStoreHost : IAsyncDisposable
{
    public const string DirectoryName = "metrics";

    private readonly LocalEnvironmentOptions _options;
    private readonly TimeProvider _time;
    private readonly IEntitySelectorResolver _entities;
    private readonly IEntityNameResolver _names;
    private readonly IEntityParentResolver _parents;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MetricServices? _services;
    private bool _closed;

    public MetricStoreHost(
        LocalEnvironmentOptions options,
        TimeProvider time,
        IEntitySelectorResolver entities,
        IEntityNameResolver names,
        IEntityParentResolver parents,
        ILogger<MetricStoreHost> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _parents = parents ?? throw new ArgumentNullException(nameof(parents));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Parser = new LineProtocolParser(Interner, time);
    }

    public MetricInterner Interner { get; } = new();

    public LineProtocolParser Parser { get; }

    public string DirectoryPath => Path.Combine(Path.GetFullPath(_options.DataDirectory), DirectoryName);

    /// <summary>The open store and the services over it; null once closed. Opens the store on first use.</summary>
    public async ValueTask<MetricServices?> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _services) is { } open && !Volatile.Read(ref _closed)
            ? open
            : await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Opens the store (once); throws <see cref="InvalidOperationException"/> saying what to fix when it cannot.</summary>
    public async Task<MetricServices?> OpenAsync(CancellationToken cancellationToken)
    {
        if (_options.MetricRetention <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"Expected a positive metric retention, e.g. 14 days. Actual value: {_options.MetricRetention}.", nameof(LocalEnvironmentOptions.MetricRetention));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed || _services is not null)
            {
                return _closed ? null : _services;
            }

            var storeOptions = new MetricStoreOptions
            {
                DirectoryPath = DirectoryPath,
                Retention = _options.MetricRetention,

                // Memory holds about retention + one retention interval of points; with a short retention
                // (tests, benchmarks) a fixed one-minute pass would let that double.
                RetentionInterval = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Math.Max(TimeSpan.FromSeconds(1).Ticks, _options.MetricRetention.Ticks / 6))),
            };
            var open = await ColumnarMetricStore.OpenAsync(storeOptions, Interner, _time, cancellationToken).ConfigureAwait(false);
            if (open.Status != MetricStoreStatus.Ok || open.Store is null)
            {
                throw new InvalidOperationException($"Cannot open the metric store in {DirectoryPath} ({open.Status}): {open.Message}");
            }

            var recovery = open.Recovery;
            LocalLog.MetricStoreOpened(_logger, DirectoryPath, recovery.RecordsReplayed, recovery.TornBytesTruncated, recovery.Duration.TotalMilliseconds);
            foreach (var problem in recovery.Problems)
            {
                LocalLog.MetricStoreRecoveryProblem(_logger, problem);
            }

            var store = open.Store;
            var services = new MetricServices(
                store,
                new MetricQueryEngine(store, _time, _entities, _names, parents: _parents),
                new MetricDescriptorService(store, _time));
            Volatile.Write(ref _services, services);
            return services;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the store (snapshot included); later requests get 503. Safe to call more than once.</summary>
    public async ValueTask CloseAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return;
            }

            Volatile.Write(ref _closed, true);
            if (_services is { } services)
            {
                await services.Store.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync() => CloseAsync();
}

/// <summary>The open metric store and the query and descriptor services bound to it.</summary>
internal sealed record MetricServices(IMetricStore Store, IMetricQueryEngine Engine, IMetricDescriptorService Descriptors);
