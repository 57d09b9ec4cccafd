using Microsoft.Extensions.Hosting;

namespace Pharos.Local.Hosting;

/// <summary>A host lifetime that ignores process signals: the embedding code decides when to stop.</summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
