namespace Pharos.Settings.Validation;

/// <summary>
/// The few CUSTOM_VALIDATOR_REF constraints whose rule is evident from their id and message and
/// needs no server-side data. All other custom validators are not enforced (listed in the docs).
/// </summary>
internal static class KnownCustomValidators
{
    /// <summary>builtin:metric.metadata: "Setting and changing meta information is only supported for non-builtin metrics."</summary>
    public const string CustomMetricKey = "is-custom-metric-key";

    public static void CheckScope(SettingsSchema schema, string scope, string prefix, List<ConstraintViolation> violations)
    {
        foreach (var constraint in schema.Root.Constraints)
        {
            if (constraint.Type == "CUSTOM_VALIDATOR_REF"
                && constraint.CustomValidatorId == CustomMetricKey
                && ScopeRules.MetricKey(scope) is { } metricKey
                && metricKey.StartsWith("builtin:", StringComparison.Ordinal))
            {
                violations.Add(SettingsViolations.CustomValidator(prefix, constraint.CustomMessage ?? "Only custom metrics can be configured"));
            }
        }
    }
}
