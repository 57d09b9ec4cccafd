using Pharos.Gates.Data;
using Pharos.Gates.Statistics;

namespace Pharos.Gates.Tests.Statistics;

public class SampleSetTests
{
    [Fact]
    public void From_EmptySlotsAndNonFiniteValues_AreDroppedAndCountedNotZeroed()
    {
        var set = SampleSet.From(
        [
            new MetricSeriesData { Values = [1.0, null, 3.0] },
            new MetricSeriesData { Values = [double.NaN, double.PositiveInfinity, 5.0] },
        ]);

        Assert.Equal([1.0, 3.0, 5.0], set.Values);
        Assert.Equal(3, set.Dropped);
        Assert.Equal(3.0, set.Mean);
    }

    [Fact]
    public void Mean_NoValues_IsNaN()
    {
        Assert.True(double.IsNaN(SampleSet.From([]).Mean));
    }
}
