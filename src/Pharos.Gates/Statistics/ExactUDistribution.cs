namespace Pharos.Gates.Statistics;

/// <summary>
/// The exact null distribution of U for samples without ties: the number of arrangements giving
/// each U, by the recurrence f(m, n, u) = f(m−1, n, u−n) + f(m, n−1, u). Counts stay below 2⁵³
/// for m, n ≤ 20, so doubles hold them exactly.
/// </summary>
internal static class ExactUDistribution
{
    public static double PValue(int n1, int n2, double u, Alternative alternative)
    {
        var counts = Counts(n1, n2);
        var total = counts.Sum();
        var observed = (int)Math.Round(u);
        double AtLeast(int value) => counts.Skip(Math.Max(0, value)).Sum() / total;
        double AtMost(int value) => value < 0 ? 0 : counts.Take(value + 1).Sum() / total;

        return alternative switch
        {
            Alternative.Greater => AtLeast(observed),
            Alternative.Less => AtMost(observed),
            _ => Math.Min(1.0, 2.0 * Math.Min(AtLeast(observed), AtMost(observed))),
        };
    }

    private static double[] Counts(int n1, int n2)
    {
        // table[m, n] is the distribution of U for sample sizes m and n (U ranges over 0..m·n).
        var table = new double[n1 + 1, n2 + 1][];
        for (var m = 0; m <= n1; m++)
        {
            for (var n = 0; n <= n2; n++)
            {
                var size = (m * n) + 1;
                var f = new double[size];
                if (m == 0 || n == 0)
                {
                    f[0] = 1;
                }
                else
                {
                    var withLargestFromX = table[m - 1, n];
                    var withLargestFromY = table[m, n - 1];
                    for (var value = 0; value < size; value++)
                    {
                        // The largest pooled value is an x (it beats all n y's) or a y (it beats none).
                        var fromX = value - n >= 0 && value - n < withLargestFromX.Length ? withLargestFromX[value - n] : 0;
                        var fromY = value < withLargestFromY.Length ? withLargestFromY[value] : 0;
                        f[value] = fromX + fromY;
                    }
                }

                table[m, n] = f;
            }
        }

        return table[n1, n2];
    }
}
