using System.Text.RegularExpressions;

namespace Pharos.Settings.Validation;

/// <summary>
/// Which scope strings an <c>allowedScopes</c> entry admits: <c>environment</c> itself;
/// <c>metric</c> → <c>metric-&lt;metricKey&gt;</c>; an entity type such as <c>HOST</c> →
/// <c>HOST-&lt;16 hex digits&gt;</c>; any other scope type → itself or <c>&lt;type&gt;-&lt;id&gt;</c>.
/// </summary>
internal static partial class ScopeRules
{
    public const string MetricScopePrefix = "metric-";

    public static bool IsAllowed(IReadOnlyList<string> allowedScopes, string scope) =>
        allowedScopes.Any(allowed => Admits(allowed, scope));

    /// <summary>The metric key of a <c>metric-&lt;key&gt;</c> scope, or null.</summary>
    public static string? MetricKey(string scope) =>
        scope.StartsWith(MetricScopePrefix, StringComparison.Ordinal) && MetricKeyShape().IsMatch(scope[MetricScopePrefix.Length..])
            ? scope[MetricScopePrefix.Length..]
            : null;

    private static bool Admits(string allowed, string scope)
    {
        if (allowed == "environment")
        {
            return scope == "environment";
        }

        if (allowed == "metric")
        {
            return MetricKey(scope) is not null;
        }

        if (EntityTypeShape().IsMatch(allowed))
        {
            return scope.Length == allowed.Length + 17
                && scope.StartsWith(allowed + "-", StringComparison.Ordinal)
                && EntityIdShape().IsMatch(scope[(allowed.Length + 1)..]);
        }

        return scope == allowed || (scope.StartsWith(allowed + "-", StringComparison.Ordinal) && scope.Length > allowed.Length + 1);
    }

    // Metric keys: a letter or underscore first, then letters, digits and . _ - : (e.g. func:slo.checkout, calc:service.x).
    [GeneratedRegex(@"\A[A-Za-z_][A-Za-z0-9_.:\-]{0,249}\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex MetricKeyShape();

    [GeneratedRegex(@"\A[A-Z][A-Z0-9_]*\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex EntityTypeShape();

    [GeneratedRegex(@"\A[0-9A-F]{16}\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex EntityIdShape();
}
