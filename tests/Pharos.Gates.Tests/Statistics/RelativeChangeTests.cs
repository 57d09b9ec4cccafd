using Pharos.Gates.Statistics;

namespace Pharos.Gates.Tests.Statistics;

public class RelativeChangeTests
{
    [Theory]
    [InlineData(1.0, 2.0, 1.0)]
    [InlineData(2.0, 1.0, -0.5)]
    [InlineData(-2.0, -1.0, 0.5)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.0, 0.5, double.PositiveInfinity)]
    [InlineData(0.0, -0.5, double.NegativeInfinity)]
    public void Of_Values_GiveTheRelativeChange(double baseline, double candidate, double expected)
    {
        Assert.Equal(expected, RelativeChange.Of(baseline, candidate), 12);
    }
}
