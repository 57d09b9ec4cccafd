using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pharos.Local.Hosting;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Runs an evaluation cycle at every minute boundary of the environment's <see cref="TimeProvider"/> (when
/// <see cref="LocalEnvironmentOptions.EvaluateEveryMinute"/> is set), and in between sends at once the notifications
/// an Events API ingest or a manual close planned. A failing cycle is logged without its
/// message (it may quote a URL) and the next minute tries again: evaluation never stops the server.
/// </summary>
internal sealed class LocalEvaluationService : BackgroundService
{
    private readonly ILocalEvaluation _evaluation;
    private readonly LocalEnvironmentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public LocalEvaluationService(ILocalEvaluation evaluation, LocalEnvironmentOptions options, TimeProvider time, ILogger<LocalEvaluationService> logger)
    {
        _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>How long until the next minute boundary after <paramref name="now"/> (a full minute when exactly on one).</summary>
    public static TimeSpan UntilNextMinute(DateTimeOffset now)
    {
        var intoMinute = now.ToUnixTimeMilliseconds() % 60_000;
        return TimeSpan.FromMilliseconds(60_000 - (intoMinute < 0 ? intoMinute + 60_000 : intoMinute));
    }

    /// <summary>
    /// Waits for the next minute boundary (true) or for notifications an ingest or a close just planned (false),
    /// whichever comes first. The losing wait is cancelled, so it cannot swallow a later signal.
    /// </summary>
    private async Task<bool> NextWakeUpAsync(CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var minute = Task.Delay(UntilNextMinute(_time.GetUtcNow()), _time, wait.Token);
        var planned = _evaluation.WaitForPlannedNotificationsAsync(wait.Token);
        var first = await Task.WhenAny(minute, planned).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        await first.ConfigureAwait(false);
        return first == minute;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.EvaluateEveryMinute)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            bool minuteReached;
            try
            {
                minuteReached = await NextWakeUpAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = _time.GetUtcNow();
            try
            {
                if (minuteReached)
                {
                    await _evaluation.RunCycleAsync(now, stoppingToken).ConfigureAwait(false);
                }
                else
                {
                    await _evaluation.DispatchDueAsync(now, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed, the server keeps serving and the next minute retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                EvaluationLog.CycleFailed(_logger, now, e.GetType().Name);
            }
        }
    }
}
