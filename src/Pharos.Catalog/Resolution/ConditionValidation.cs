using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Checks every resolved alert rule's condition against the resolved metrics.</summary>
internal static class ConditionValidation
{
    public static void Check(IReadOnlyList<Resolved<AlertRule>> rules, IReadOnlyList<Resolved<CustomMetric>> metrics, IDiagnosticSink sink)
    {
        _ = metrics;
        foreach (var resolved in rules)
        {
            var rule = resolved.Value;
            if (rule.Condition is null)
            {
                sink.Add(CatalogDiagnostics.MissingCondition(rule.Location, rule.Name));
                continue;
            }

            if (rule.Severity is null)
            {
                sink.Add(CatalogDiagnostics.RequiredField(rule.Location, "severity", $"alert rule '{rule.Name}'"));
            }
        }
    }
}
