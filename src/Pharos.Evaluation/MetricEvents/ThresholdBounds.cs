namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// The band a sample is compared with at one minute. A sample violates when it is strictly above
/// <see cref="Upper"/> or strictly below <see cref="Lower"/> (NaN = no bound on that side).
/// <see cref="Baseline"/> and <see cref="Threshold"/> are what the event template's {baseline} and
/// {threshold} print.
/// </summary>
public readonly record struct ThresholdBounds(double Lower, double Upper, double Baseline, double Threshold)
{
    /// <summary>The model has too little history to judge yet; every present sample is Normal.</summary>
    public static ThresholdBounds Learning { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    public bool IsLearning => double.IsNaN(Lower) && double.IsNaN(Upper);

    public bool IsViolatedBy(double value) =>
        (!double.IsNaN(Upper) && value > Upper) || (!double.IsNaN(Lower) && value < Lower);

    public static ThresholdBounds For(AlertCondition condition, double lower, double upper, double baseline)
    {
        return condition switch
        {
            AlertCondition.Above => new ThresholdBounds(double.NaN, upper, baseline, upper),
            AlertCondition.Below => new ThresholdBounds(lower, double.NaN, baseline, lower),
            _ => new ThresholdBounds(lower, upper, baseline, double.NaN),
        };
    }
}
