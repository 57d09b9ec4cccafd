using Microsoft.Extensions.Hosting;

namespace Pharos.Local.Metrics;

/// <summary>
/// Opens the metric store before any hosted service starts (so before the server takes requests) and
/// closes it after every hosted service, the server included, has stopped: in-flight ingests are
/// acknowledged before the store writes its shutdown snapshot. Then it brings the store's descriptor
/// metadata in line with the <c>builtin:metric.metadata</c> settings objects.
/// </summary>
internal sealed class MetricStoreLifecycle : IHostedLifecycleService
{
    private readonly MetricStoreHost _host;
    private readonly MetricMetadataReconciler _metadata;

    public MetricStoreLifecycle(MetricStoreHost host, MetricMetadataReconciler metadata)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await _host.OpenAsync(cancellationToken).ConfigureAwait(false);
        await _metadata.ReconcileAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await _host.CloseAsync().ConfigureAwait(false);
}
