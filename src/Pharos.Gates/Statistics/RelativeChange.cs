namespace Pharos.Gates.Statistics;

public static class RelativeChange
{
    /// <summary>
    /// (candidate − baseline) / |baseline|: 0.25 means 25 % higher. A zero baseline gives 0 when the
    /// candidate is zero too and ±∞ otherwise, so that "from nothing to something" always exceeds a
    /// finite tolerance.
    /// </summary>
    public static double Of(double baseline, double candidate)
    {
        if (baseline == 0)
        {
            return candidate == 0 ? 0 : candidate > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return (candidate - baseline) / Math.Abs(baseline);
    }
}
