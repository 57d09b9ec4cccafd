namespace Pharos.Evaluation.Series;

/// <summary>
/// Time in whole minutes since the Unix epoch: the unit of every sliding window. Minute numbers are
/// what evaluator state stores, so a restart resumes at the exact minute it stopped.
/// </summary>
public static class EvaluationMinutes
{
    public static long Of(DateTimeOffset time) => Math.DivRem(time.ToUnixTimeMilliseconds(), 60_000L, out var rest) - (rest < 0 ? 1 : 0);

    public static DateTimeOffset Start(long minute) => DateTimeOffset.FromUnixTimeMilliseconds(minute * 60_000L);

    public static DateTimeOffset Floor(DateTimeOffset time) => Start(Of(time));
}
