namespace Pharos.Gates.Statistics;

/// <summary>
/// The Mann-Whitney U (Wilcoxon rank-sum) test. Ties get average ranks. Without ties and with both
/// samples of at most <see cref="ExactLimit"/> values the p-value is exact (the U distribution by
/// counting); otherwise it uses the normal approximation with the tie-corrected variance
/// σ² = n₁n₂/12 · ((n+1) − Σ(t³−t)/(n(n−1))) and a continuity correction of ½, as SciPy does.
/// </summary>
public static class MannWhitneyU
{
    public const int ExactLimit = 20;

    public static MannWhitneyResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || y.Count == 0)
        {
            throw new ArgumentException("both samples need at least one value");
        }

        var n1 = x.Count;
        var n2 = y.Count;
        var (rankSumX, tieTerm) = Ranking.RankSumOfFirst(x, y);
        var u = rankSumX - (n1 * (n1 + 1) / 2.0);
        var superiority = u / ((double)n1 * n2);

        if (tieTerm == 0 && n1 <= ExactLimit && n2 <= ExactLimit)
        {
            var p = ExactUDistribution.PValue(n1, n2, u, alternative);
            return new MannWhitneyResult(u, double.NaN, p, n1, n2, true, superiority);
        }

        var n = n1 + n2;
        var mean = n1 * n2 / 2.0;
        var variance = n1 * (double)n2 / 12.0 * ((n + 1) - (tieTerm / (n * (n - 1.0))));
        if (variance <= 0)
        {
            // Every value is the same: the data cannot favour either hypothesis.
            return new MannWhitneyResult(u, 0, 1.0, n1, n2, false, superiority);
        }

        var sigma = Math.Sqrt(variance);
        double z;
        double pValue;
        switch (alternative)
        {
            case Alternative.Greater:
                z = (u - mean - 0.5) / sigma;
                pValue = NormalDistribution.UpperTail(z);
                break;
            case Alternative.Less:
                z = (u - mean + 0.5) / sigma;
                pValue = NormalDistribution.Cdf(z);
                break;
            default:
                z = (Math.Abs(u - mean) - 0.5) / sigma;
                pValue = Math.Min(1.0, 2.0 * NormalDistribution.UpperTail(z));
                break;
        }

        return new MannWhitneyResult(u, z, Math.Clamp(pValue, 0.0, 1.0), n1, n2, false, superiority);
    }
}
