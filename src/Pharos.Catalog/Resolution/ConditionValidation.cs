using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Conditions;
using Pharos.Conditions.Symbols;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// Compiles every resolved alert rule's condition against the metrics of the same target, so a
/// condition may only name built-in signals or metrics this service × environment really has.
/// </summary>
public static class ConditionValidation
{
    internal static void Check(IReadOnlyList<Resolved<AlertRule>> rules, IReadOnlyList<Resolved<CustomMetric>> metrics, IDiagnosticSink sink)
    {
        var symbols = SymbolsFor(metrics);
        foreach (var resolved in rules)
        {
            var rule = resolved.Value;
            if (rule.Condition is not { } condition)
            {
                sink.Add(CatalogDiagnostics.MissingCondition(rule.Location, rule.Name));
                continue;
            }

            if (rule.Severity is null)
            {
                sink.Add(CatalogDiagnostics.RequiredField(rule.Location, "severity", $"alert rule '{rule.Name}'"));
            }

            ConditionCompiler.Compile(condition.Value, condition.Location, symbols, sink);
        }
    }

    public static ConditionSymbols SymbolsFor(IReadOnlyList<Resolved<CustomMetric>> metrics) =>
        new(metrics.Select(m => new KeyValuePair<string, CustomMetricType>(
            m.Value.Name,
            // A metric without a declared type is treated as a gauge: thresholds on its value.
            ConditionSymbols.TryParseMetricType(m.Value.Type?.Value, out var type) ? type : CustomMetricType.Gauge)));
}
