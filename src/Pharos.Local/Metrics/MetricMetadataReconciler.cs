using Pharos.Local.Storage.Settings;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// Run once at start: brings the metric store's descriptor overrides in line with the stored
/// <c>builtin:metric.metadata</c> objects, in case the process died between a settings commit and the
/// store write that follows it. (Separate from <see cref="MetricMetadataSync"/>, which the settings store
/// itself notifies, so that neither needs the other to be constructed first.)
/// </summary>
internal sealed class MetricMetadataReconciler
{
    private const int PageSize = 500;

    private readonly MetricStoreHost _host;
    private readonly ISettingsObjectStore _settings;
    private readonly MetricMetadataSync _sync;

    public MetricMetadataReconciler(MetricStoreHost host, ISettingsObjectStore settings, MetricMetadataSync sync)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
    }

    /// <summary>Sets every metric's override to its settings object and clears overrides whose object is gone.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            return;
        }

        var wanted = new Dictionary<string, MetricMetadataSettings>(StringComparer.Ordinal);
        var filter = new SettingsObjectFilter([MetricMetadataValue.SchemaId], [], []);
        for (var offset = 0; ; offset += PageSize)
        {
            var (items, total) = await _settings.QueryAsync(filter, offset, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                if (MetricMetadataValue.MetricKeyOf(item.Scope) is { } key)
                {
                    wanted[key] = MetricMetadataValue.Read(item.ValueJson);
                }
            }

            if (items.Count == 0 || offset + items.Count >= total)
            {
                break;
            }
        }

        var metrics = await services.Store.ListMetricsAsync(cancellationToken).ConfigureAwait(false);
        var current = metrics.ToDictionary(m => m.Key, m => m.Settings, StringComparer.Ordinal);
        foreach (var (key, settings) in wanted)
        {
            if (!current.TryGetValue(key, out var stored) || !MetricMetadataValue.Same(stored, settings))
            {
                await _sync.ApplyAsync(key, settings, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var (key, stored) in current)
        {
            if (stored is not null && !wanted.ContainsKey(key))
            {
                await _sync.ApplyAsync(key, null, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
