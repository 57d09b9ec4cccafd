using Pharos.Evaluation.Slo;

namespace Pharos.Local.Slo;

/// <summary>
/// Evaluates SLOs at the server clock's now on every read, so the API is "continuously" current without a
/// background job. <see cref="SloTimeframeMode.Current"/> uses each SLO's own evaluation window (through
/// <see cref="SloEngine"/>); <see cref="SloTimeframeMode.Global"/> uses the request's from/to instead.
/// The burn rate always covers the hour before now.
/// </summary>
internal sealed class SloEvaluationService
{
    private readonly MetricStoreSloCounts _counts;
    private readonly SloEngine _engine;
    private readonly TimeProvider _time;

    public SloEvaluationService(MetricStoreSloCounts counts, TimeProvider time)
    {
        _counts = counts ?? throw new ArgumentNullException(nameof(counts));
        _engine = new SloEngine(counts);
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    public async ValueTask<SloEvaluation> EvaluateAsync(SloDefinition slo, SloTimeframeMode mode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slo);
        var now = Now;
        if (mode == SloTimeframeMode.Current)
        {
            // The engine skips disabled SLOs; a disabled SLO read through the API is still evaluated on request.
            var evaluated = await _engine.EvaluateAsync([slo with { Enabled = true }], now, cancellationToken).ConfigureAwait(false);
            return evaluated[0];
        }

        var window = await _counts.CountsAsync(slo, from, to, cancellationToken).ConfigureAwait(false);
        var lastHour = await _counts.CountsAsync(slo, now.AddHours(-1), now, cancellationToken).ConfigureAwait(false);
        return SloEvaluator.Evaluate(slo, window, lastHour, from, to);
    }
}

/// <summary>The <c>timeFrame</c> parameter: CURRENT (the SLO's own window) or GTF (the request's from/to).</summary>
internal enum SloTimeframeMode
{
    Current,
    Global,
}
