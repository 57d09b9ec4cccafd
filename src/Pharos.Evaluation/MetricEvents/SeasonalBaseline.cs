namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// A simplified seasonal baseline. Dynatrace [DOCS "Seasonal baseline"] learns repeating patterns from the
/// one-minute values of the last 14 days and predicts a confidence band whose width grows with
/// <c>tolerance</c>; its model is not published. This one is explainable instead: a daily season, where the
/// expected value for a minute of the day is the median of all values within ±<see cref="NeighbourhoodMinutes"/>
/// of that minute of the day, and the band is expected ± tolerance × σ, σ being the robust spread
/// (1.4826 × median absolute residual) floored at 1 % of |expected|. It needs one full day of history.
/// </summary>
internal sealed class SeasonalBaseline
{
    public const int HistoryDays = 14;

    public const int NeighbourhoodMinutes = 5;

    private const int Day = 1440;

    private readonly double[] _expected;
    private readonly double _sigma;

    private SeasonalBaseline(double[] expected, double sigma)
    {
        _expected = expected;
        _sigma = sigma;
    }

    public static int Slot(long minute) => (int)(((minute % Day) + Day) % Day);

    /// <param name="history">One value per minute (NaN = none), the first at <paramref name="firstMinute"/>.</param>
    public static SeasonalBaseline? Compute(ReadOnlySpan<double> history, long firstMinute)
    {
        var present = 0;
        var bySlot = new List<double>[Day];
        for (var i = 0; i < history.Length; i++)
        {
            if (double.IsNaN(history[i]))
            {
                continue;
            }

            present++;
            var slot = Slot(firstMinute + i);
            (bySlot[slot] ??= []).Add(history[i]);
        }

        if (present < Day)
        {
            return null;
        }

        var expected = new double[Day];
        var gathered = new List<double>();
        for (var slot = 0; slot < Day; slot++)
        {
            gathered.Clear();
            for (var d = -NeighbourhoodMinutes; d <= NeighbourhoodMinutes; d++)
            {
                if (bySlot[(slot + d + Day) % Day] is { } values)
                {
                    gathered.AddRange(values);
                }
            }

            expected[slot] = gathered.Count == 0 ? double.NaN : Percentiles.Median(gathered);
        }

        var residuals = new List<double>(present);
        for (var i = 0; i < history.Length; i++)
        {
            var e = expected[Slot(firstMinute + i)];
            if (!double.IsNaN(history[i]) && !double.IsNaN(e))
            {
                residuals.Add(Math.Abs(history[i] - e));
            }
        }

        return new SeasonalBaseline(expected, 1.4826 * Percentiles.Median(residuals));
    }

    public ThresholdBounds BoundsAt(long minute, ModelProperties model)
    {
        var e = _expected[Slot(minute)];
        if (double.IsNaN(e))
        {
            return ThresholdBounds.Learning;
        }

        var sigma = Math.Max(_sigma, Math.Max(0.01 * Math.Abs(e), 1e-9));
        var width = model.Tolerance * sigma;
        return ThresholdBounds.For(model.AlertCondition, e - width, e + width, e);
    }

    internal ReadOnlySpan<double> Expected => _expected;
}
