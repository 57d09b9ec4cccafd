namespace Pharos.Local.Slo;

/// <summary>
/// The four func metrics every SLO publishes, keyed by its <c>metricName</c> [Dynatrace docs, "Configure and
/// monitor SLOs"; SDK SLO fields metricKey, errorBudgetMetricKey, burnRateMetricKey, normalizedErrorBudgetMetricKey].
/// </summary>
internal static class SloMetricKeys
{
    public const string Prefix = "func:slo.";

    public static string Status(string metricName) => Prefix + metricName;

    public static string ErrorBudget(string metricName) => Prefix + "errorBudget." + metricName;

    public static string BurnRate(string metricName) => Prefix + "errorBudgetBurnRate." + metricName;

    public static string NormalizedErrorBudget(string metricName) => Prefix + "normalizedErrorBudget." + metricName;

    /// <summary>Which value of which SLO a func:slo key names; false for anything else.</summary>
    public static bool TryParse(string key, out SloMetricKind kind, out string metricName)
    {
        kind = SloMetricKind.Status;
        metricName = "";
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key[Prefix.Length..];
        (kind, metricName) = rest switch
        {
            _ when rest.StartsWith("errorBudgetBurnRate.", StringComparison.Ordinal) => (SloMetricKind.BurnRate, rest["errorBudgetBurnRate.".Length..]),
            _ when rest.StartsWith("errorBudget.", StringComparison.Ordinal) => (SloMetricKind.ErrorBudget, rest["errorBudget.".Length..]),
            _ when rest.StartsWith("normalizedErrorBudget.", StringComparison.Ordinal) => (SloMetricKind.NormalizedErrorBudget, rest["normalizedErrorBudget.".Length..]),
            _ => (SloMetricKind.Status, rest),
        };
        return metricName.Length > 0;
    }
}

internal enum SloMetricKind
{
    Status,
    ErrorBudget,
    BurnRate,
    NormalizedErrorBudget,
}
