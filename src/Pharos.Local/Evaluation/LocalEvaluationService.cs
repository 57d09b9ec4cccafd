using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pharos.Local.Hosting;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Runs an evaluation cycle at every minute boundary of the environment's <see cref="TimeProvider"/> (when
/// <see cref="LocalEnvironmentOptions.EvaluateEveryMinute"/> is set). A failing cycle is logged without its
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.EvaluateEveryMinute)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextMinute(_time.GetUtcNow()), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = _time.GetUtcNow();
            try
            {
                await _evaluation.RunCycleAsync(now, stoppingToken).ConfigureAwait(false);
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
