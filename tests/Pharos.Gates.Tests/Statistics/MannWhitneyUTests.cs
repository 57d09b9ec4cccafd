using Pharos.Gates.Statistics;

namespace Pharos.Gates.Tests.Statistics;

public class MannWhitneyUTests
{
    // SciPy's documented example (scipy.stats.mannwhitneyu): U1 = 17, exact two-sided p = 0.1111…,
    // asymptotic p = 0.11134688653314041.
    private static readonly double[] Males = [19, 22, 16, 29, 24];
    private static readonly double[] Females = [20, 11, 17, 12];

    [Fact]
    public void Test_SciPyExample_GivesTheExactPValue()
    {
        var result = MannWhitneyU.Test(Males, Females, Alternative.TwoSided);

        Assert.Equal(17, result.U);
        Assert.True(result.Exact);
        Assert.Equal(2.0 * 7 / 126, result.PValue, 12);
        Assert.Equal(17.0 / 20, result.ProbabilityOfSuperiority, 12);
    }

    [Fact]
    public void Test_SciPyExampleWithATie_UsesTheNormalApproximation()
    {
        // A tie forces the approximation; U and the variance change accordingly.
        var result = MannWhitneyU.Test([19, 22, 16, 29, 24, 20], Females, Alternative.TwoSided);

        Assert.False(result.Exact);
        Assert.Equal(20.5, result.U);
    }

    [Fact]
    public void Test_CompletelySeparatedSamples_GiveTheSmallestExactP()
    {
        Assert.Equal(0.05, MannWhitneyU.Test([4, 5, 6], [1, 2, 3], Alternative.Greater).PValue, 12);
        Assert.Equal(1.0, MannWhitneyU.Test([4, 5, 6], [1, 2, 3], Alternative.Less).PValue, 12);
        Assert.Equal(0.1, MannWhitneyU.Test([4, 5, 6], [1, 2, 3], Alternative.TwoSided).PValue, 12);
        Assert.Equal(0, MannWhitneyU.Test([1, 2, 3], [4, 5, 6], Alternative.Greater).U);
    }

    [Fact]
    public void Test_Ties_UseAverageRanksAndTheTieCorrectedVariance()
    {
        // Pooled ranks: 1→1, the three 2s → 3, the three 3s → 6, 4→8; x's rank sum 13, U = 3.
        // σ² = 4·4/12 · (9 − (24 + 24)/(8·7)) = 10.857…; z = (3 − 8 + 0.5)/σ = −1.3657; Φ(z) = 0.086017.
        var result = MannWhitneyU.Test([1, 2, 2, 3], [2, 3, 3, 4], Alternative.Less);

        Assert.False(result.Exact);
        Assert.Equal(3, result.U);
        Assert.Equal(-1.365698202, result.Z, 6);
        Assert.Equal(0.0860168545, result.PValue, 6);
        Assert.Equal(0.1720337089, MannWhitneyU.Test([1, 2, 2, 3], [2, 3, 3, 4], Alternative.TwoSided).PValue, 6);
    }

    [Fact]
    public void Test_LargeSamples_MatchSciPysAsymptoticFormula()
    {
        // 21 values force the approximation: x = 0..20, y = 10.5..30.5 (no ties).
        var x = Enumerable.Range(0, 21).Select(i => (double)i).ToArray();
        var y = Enumerable.Range(0, 21).Select(i => i + 10.5).ToArray();

        var result = MannWhitneyU.Test(x, y, Alternative.Less);

        // U = pairs x > y: x = 11..20 beat 1..10 of y's → Σ_{k=1}^{10} k = 55.
        Assert.Equal(55, result.U);
        var sigma = Math.Sqrt(21.0 * 21 * 43 / 12);
        var z = (55 - 220.5 + 0.5) / sigma;
        Assert.Equal(z, result.Z, 12);
        Assert.Equal(NormalDistribution.Cdf(z), result.PValue, 12);
    }

    [Fact]
    public void Test_AllValuesEqual_GivesPOfOne()
    {
        var result = MannWhitneyU.Test([2, 2, 2, 2, 2], [2, 2, 2, 2, 2], Alternative.Greater);

        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.5, result.ProbabilityOfSuperiority);
    }

    [Fact]
    public void Test_EmptySample_Throws()
    {
        Assert.Throws<ArgumentException>(() => MannWhitneyU.Test([], [1.0], Alternative.TwoSided));
    }

    [Fact]
    public void Test_ExactAndApproximation_AgreeNearTheLimit()
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, 20).Select(_ => random.NextDouble() + 0.3).ToArray();
        var y = Enumerable.Range(0, 20).Select(_ => random.NextDouble()).ToArray();

        var exact = MannWhitneyU.Test(x, y, Alternative.Greater);
        var approximate = MannWhitneyU.Test([.. x, 100.0], [.. y, -100.0], Alternative.Greater);

        Assert.True(exact.Exact);
        Assert.False(approximate.Exact);
        Assert.InRange(exact.PValue, 0, 0.05);
        Assert.InRange(approximate.PValue, 0, 0.05);
    }
}
