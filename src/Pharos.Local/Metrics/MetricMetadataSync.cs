using Microsoft.Extensions.Logging;
using Pharos.Local.Logging;
using Pharos.Local.Settings;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// Keeps the metric store's descriptor metadata equal to the <c>builtin:metric.metadata</c> settings
/// objects (scope <c>metric-&lt;key&gt;</c>): every committed create, update or delete is applied at once.
/// <see cref="MetricMetadataReconciler"/> repairs at start whatever a crash between the two commits left behind.
/// </summary>
internal sealed class MetricMetadataSync : ISettingsChangeListener
{
    private readonly MetricStoreHost _host;
    private readonly ILogger _logger;

    public MetricMetadataSync(MetricStoreHost host, ILogger<MetricMetadataSync> logger)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task OnCommittedAsync(IReadOnlyList<SettingsChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            if (change.SchemaId == MetricMetadataValue.SchemaId && MetricMetadataValue.MetricKeyOf(change.Scope) is { } key)
            {
                var settings = change.ValueJson is null ? null : MetricMetadataValue.Read(change.ValueJson);
                await ApplyAsync(key, settings, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task ApplyAsync(string metricKey, MetricMetadataSettings? settings, CancellationToken cancellationToken)
    {
        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            LocalLog.MetricMetadataSyncFailed(_logger, metricKey, nameof(MetricStoreStatus.Closed), "the metric store is closed");
            return;
        }

        var result = await services.Store.SetMetadataAsync(metricKey, settings, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk)
        {
            LocalLog.MetricMetadataSyncFailed(_logger, metricKey, result.Status.ToString(), result.Message);
        }
    }
}
