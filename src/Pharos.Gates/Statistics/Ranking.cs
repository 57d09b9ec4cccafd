namespace Pharos.Gates.Statistics;

internal static class Ranking
{
    /// <summary>
    /// The sum of the (1-based, tie-averaged) ranks of <paramref name="x"/>'s values in the pooled
    /// sample, and Σ(t³ − t) over groups of t tied values.
    /// </summary>
    public static (double RankSum, double TieTerm) RankSumOfFirst(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var pooled = new (double Value, bool FromX)[x.Count + y.Count];
        for (var i = 0; i < x.Count; i++)
        {
            pooled[i] = (x[i], true);
        }

        for (var j = 0; j < y.Count; j++)
        {
            pooled[x.Count + j] = (y[j], false);
        }

        Array.Sort(pooled, (a, b) => a.Value.CompareTo(b.Value));

        var rankSum = 0.0;
        var tieTerm = 0.0;
        var start = 0;
        while (start < pooled.Length)
        {
            var end = start + 1;
            while (end < pooled.Length && pooled[end].Value.Equals(pooled[start].Value))
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end; their average is (start+1+end)/2.
            var averageRank = (start + 1 + end) / 2.0;
            var fromX = 0;
            for (var k = start; k < end; k++)
            {
                if (pooled[k].FromX)
                {
                    fromX++;
                }
            }

            rankSum += averageRank * fromX;
            var t = (double)(end - start);
            tieTerm += (t * t * t) - t;
            start = end;
        }

        return (rankSum, tieTerm);
    }
}
