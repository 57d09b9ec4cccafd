namespace Pharos.Conditions.Semantics;

/// <summary>
/// <see cref="Metric"/> as it was one <see cref="Period"/> earlier; what previous_day and
/// previous_week stand for (a Dynatrace selector writes it as <c>:timeshift(-1d)</c>).
/// </summary>
public sealed record TimeShiftedMetric(MetricExpression Metric, PreviousPeriod Period) : MetricExpression
{
    public TimeSpan Shift => Period == PreviousPeriod.Day ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);

    public override string ToString() => $"{Metric}@-{(Period == PreviousPeriod.Day ? "1d" : "1w")}";
}
