using Pharos.Gates.Statistics;

namespace Pharos.Gates.Tests.Statistics;

public class NormalDistributionTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963985, 0.975)]
    [InlineData(-1.644853627, 0.05)]
    [InlineData(3.0, 0.998650102)]
    public void Cdf_KnownQuantiles_MatchTables(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Cdf(z), 6);
    }

    [Fact]
    public void UpperTail_FarOut_KeepsRelativePrecision()
    {
        // P(Z > 5) = 2.866515718791939e-7.
        Assert.Equal(2.866515718791939e-7, NormalDistribution.UpperTail(5), 12);
        Assert.InRange(NormalDistribution.UpperTail(5) / 2.866515718791939e-7, 0.9999998, 1.0000002);
    }
}
