namespace Pharos.Gates.Statistics;

/// <summary>
/// <see cref="U"/> is the statistic of sample x: the number of pairs (xᵢ, yⱼ) with xᵢ &gt; yⱼ, ties
/// counting ½. <see cref="ProbabilityOfSuperiority"/> = U / (n₁·n₂), the chance that a random x
/// exceeds a random y (0.5 = no difference). <see cref="Z"/> is NaN when the p-value is exact.
/// </summary>
public sealed record MannWhitneyResult(
    double U,
    double Z,
    double PValue,
    int CountX,
    int CountY,
    bool Exact,
    double ProbabilityOfSuperiority);
