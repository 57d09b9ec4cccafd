using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Pharos.Local.Entities;
using Pharos.Local.Logging;
using Pharos.Local.Storage.Entities;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// Registers the entities that ingested data points name in <c>dt.entity.&lt;type&gt;</c> dimensions
/// (<c>dt.entity.service=SERVICE-…</c> → a SERVICE entity with that id, named by its id until someone
/// registers a real name), so entity selectors and <c>:names</c> find them. The hot path touches no
/// database: dimension sets already checked and entity ids already registered are remembered, and a
/// request whose series were all seen before costs one dictionary lookup per distinct series.
/// Known entities get their <c>lastSeen</c> refreshed about once an hour.
/// </summary>
internal sealed class MetricEntityRegistrar
{
    private const string EntityPrefix = "dt.entity.";
    private const int MaxRemembered = 1_000_000;
    private static readonly long RefreshIntervalMs = (long)TimeSpan.FromHours(1).TotalMilliseconds;

    // Sets whose entity dimensions were all registered and fresh at the last check. Cleared every refresh
    // interval so that lastSeen gets refreshed; bounded so a cardinality flood cannot grow it without end.
    private readonly ConcurrentDictionary<DimensionSet, byte> _checkedSets = new();

    // (dimension key, entity id) → when it was last registered or touched; long.MaxValue for values that
    // are not entity ids of that dimension's type (nothing to register, ever).
    private readonly ConcurrentDictionary<(string Key, string Id), long> _known = new();
    private readonly IEntityStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _setsClearedAtMs;

    public MetricEntityRegistrar(IEntityStore store, TimeProvider time, ILogger<MetricEntityRegistrar> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Registers new entities and refreshes stale ones named by the batch. Storage failures are logged, not thrown.</summary>
    public async Task RegisterAsync(MetricWriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - Interlocked.Read(ref _setsClearedAtMs) >= RefreshIntervalMs)
        {
            Interlocked.Exchange(ref _setsClearedAtMs, now);
            _checkedSets.Clear();
        }

        var pending = Collect(batch.Points, now);
        if (pending is null)
        {
            return;
        }

        var fresh = pending.Where(p => !_known.ContainsKey(p)).ToList();
        var stale = pending.Where(p => _known.ContainsKey(p)).ToList();
        try
        {
            if (fresh.Count > 0)
            {
                var entities = fresh.Select(p => new LocalEntity(
                    p.Id, EntityTypes.TypeOfId(p.Id)!, p.Id, DateTimeOffset.FromUnixTimeMilliseconds(now), DateTimeOffset.FromUnixTimeMilliseconds(now),
                    [], [], new Dictionary<string, string>())).ToList();
                await _store.InsertMissingAsync(entities, cancellationToken).ConfigureAwait(false);
            }

            if (stale.Count > 0)
            {
                await _store.TouchAsync(stale.Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList(), now, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException e)
        {
            LocalLog.MetricEntityRegistrationFailed(_logger, pending.Count, e);
            return;
        }

        foreach (var entry in pending)
        {
            Remember(entry, now);
        }
    }

    /// <summary>The (key, id) pairs of unchecked series that need an insert or a lastSeen refresh; null when none do.</summary>
    private HashSet<(string Key, string Id)>? Collect(IReadOnlyList<MetricDataPoint> points, long now)
    {
        HashSet<(string Key, string Id)>? pending = null;
        DimensionSet? previous = null;
        for (var i = 0; i < points.Count; i++)
        {
            var set = points[i].Dimensions;
            if (ReferenceEquals(set, previous) || set.Count == 0)
            {
                continue;
            }

            previous = set;
            if (_checkedSets.ContainsKey(set))
            {
                continue;
            }

            var settled = true;
            foreach (var dimension in set.AsSpan())
            {
                if (!dimension.Key.StartsWith(EntityPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var entry = (dimension.Key, dimension.Value);
                if (_known.TryGetValue(entry, out var seenMs) && now - seenMs < RefreshIntervalMs)
                {
                    continue;
                }

                if (!IsEntityOfKey(dimension.Key, dimension.Value))
                {
                    Remember(entry, long.MaxValue);
                    continue;
                }

                settled = false;
                (pending ??= []).Add(entry);
            }

            if (settled && _checkedSets.Count < MaxRemembered)
            {
                _checkedSets.TryAdd(set, 0);
            }
        }

        return pending;
    }

    /// <summary><c>dt.entity.service</c> with <c>SERVICE-…</c>, of a type the local registry models.</summary>
    private static bool IsEntityOfKey(string key, string value)
    {
        var type = key[EntityPrefix.Length..].ToUpperInvariant();
        return EntityTypes.All.Contains(type) && EntityTypes.TypeOfId(value) == type && value.Length > type.Length + 1;
    }

    private void Remember((string Key, string Id) entry, long seenMs)
    {
        if (_known.Count < MaxRemembered || _known.ContainsKey(entry))
        {
            _known[entry] = seenMs;
        }
    }
}
