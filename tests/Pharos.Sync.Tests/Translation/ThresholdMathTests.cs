using Pharos.Conditions.Semantics;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

public sealed class ThresholdMathTests
{
    [Theory]
    [InlineData(0.0005, 100, 0.05)]
    [InlineData(0.07, 100, 7)]
    [InlineData(200, 1000, 200000)]
    [InlineData(1.5, 1, 1.5)]
    public void Scale_IsExactForDecimalThresholds(double value, double scale, double expected) =>
        Assert.Equal(expected, ThresholdMath.Scale(value, scale));

    [Fact]
    public void Scale_HugeValuesFallBackToDoubleArithmetic() =>
        Assert.Equal(1e300 * 100, ThresholdMath.Scale(1e300, 100));

    [Theory]
    [InlineData(ComparisonOperator.GreaterThan, "ABOVE")]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, "ABOVE")]
    [InlineData(ComparisonOperator.LessThan, "BELOW")]
    [InlineData(ComparisonOperator.LessThanOrEqual, "BELOW")]
    public void Compare_ChoosesTheDirection(ComparisonOperator op, string condition) =>
        Assert.Equal(condition, ThresholdMath.Compare(op, 10).AlertCondition);

    [Fact]
    public void Compare_InclusiveOperatorsAlertOnTheThresholdItself()
    {
        var (_, above) = ThresholdMath.Compare(ComparisonOperator.GreaterThanOrEqual, 10);
        var (_, below) = ThresholdMath.Compare(ComparisonOperator.LessThanOrEqual, 10);

        // Dynatrace alerts on values strictly above/below: 10 must alert for >= 10 and <= 10.
        Assert.True(10 > above);
        Assert.True(10 < below);
        Assert.False(Math.BitDecrement(10.0) > above);
        Assert.False(Math.BitIncrement(10.0) < below);
    }
}
