namespace Pharos.Evaluation.Slo;

/// <summary>Where the SLO engine reads good and total counts of an SLO over a time range.</summary>
public interface ISloCountSource
{
    /// <returns>The counts; <c>Total == 0</c> when there is no data.</returns>
    ValueTask<SloCounts> CountsAsync(SloDefinition slo, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <summary>Evaluates every enabled SLO at a point in time: over its evaluation window, plus the last hour for the burn rate.</summary>
public sealed class SloEngine(ISloCountSource source)
{
    private readonly ISloCountSource _source = source ?? throw new ArgumentNullException(nameof(source));

    public async ValueTask<IReadOnlyList<SloEvaluation>> EvaluateAsync(IEnumerable<SloDefinition> slos, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slos);
        var result = new List<SloEvaluation>();
        foreach (var slo in slos.Where(s => s.Enabled))
        {
            if (!SloTimeframe.TryParse(slo.EvaluationWindow, out var timeframe, out _))
            {
                result.Add(SloEvaluator.Evaluate(slo, default, default, now, now) with { Error = "INVALID_TIMEFRAME" });
                continue;
            }

            var (from, to) = timeframe!.Resolve(now);
            var window = await _source.CountsAsync(slo, from, to, cancellationToken).ConfigureAwait(false);
            var lastHour = await _source.CountsAsync(slo, now.AddHours(-1), now, cancellationToken).ConfigureAwait(false);
            result.Add(SloEvaluator.Evaluate(slo, window, lastHour, from, to));
        }

        return result;
    }
}
