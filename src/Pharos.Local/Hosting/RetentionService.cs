using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pharos.Local.Logging;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Hosting;

/// <summary>Deletes events and closed problems older than their retention, at start and then periodically.</summary>
internal sealed class RetentionService : BackgroundService
{
    private readonly IEventStore _events;
    private readonly IProblemStore _problems;
    private readonly LocalEnvironmentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public RetentionService(IEventStore events, IProblemStore problems, LocalEnvironmentOptions options, TimeProvider time, ILogger<RetentionService> logger)
    {
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task<(int Events, int Problems)> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var events = await _events.PurgeAsync((now - _options.EventRetention).ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
        var problems = await _problems.PurgeAsync((now - _options.ProblemRetention).ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), cancellationToken)
            .ConfigureAwait(false);
        if (events + problems > 0)
        {
            LocalLog.RetentionPurged(_logger, events, problems);
        }

        return (events, problems);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                LocalLog.RetentionFailed(_logger, e);
            }

            try
            {
                await Task.Delay(_options.RetentionInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
