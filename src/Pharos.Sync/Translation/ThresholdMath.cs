using Pharos.Conditions.Semantics;

namespace Pharos.Sync.Translation;

/// <summary>
/// Thresholds in the form a metric event compares: Dynatrace alerts when a sample is strictly
/// above (ABOVE) or strictly below (BELOW) the threshold. <c>x &gt;= t</c> is therefore
/// <c>ABOVE</c> the largest double below t, and <c>x &lt;= t</c> is <c>BELOW</c> the smallest double
/// above t: the same set of values alerts as the catalog wrote.
/// </summary>
internal static class ThresholdMath
{
    public static (string AlertCondition, double Threshold) Compare(ComparisonOperator op, double threshold) => op switch
    {
        ComparisonOperator.GreaterThan => ("ABOVE", threshold),
        ComparisonOperator.GreaterThanOrEqual => ("ABOVE", Math.BitDecrement(threshold)),
        ComparisonOperator.LessThan => ("BELOW", threshold),
        _ => ("BELOW", Math.BitIncrement(threshold)),
    };

    /// <summary>
    /// <paramref name="value"/> × <paramref name="scale"/> in decimal arithmetic where it fits, so
    /// 0.0005 × 100 is exactly 0.05 and not 0.05000000000000001.
    /// </summary>
    public static double Scale(double value, double scale)
    {
        if (scale == 1)
        {
            return value;
        }

        const double DecimalSafe = 7.9e27;
        if (Math.Abs(value) < DecimalSafe && Math.Abs(scale) < DecimalSafe && Math.Abs(value * scale) < DecimalSafe)
        {
            return (double)((decimal)value * (decimal)scale);
        }

        return value * scale;
    }
}
