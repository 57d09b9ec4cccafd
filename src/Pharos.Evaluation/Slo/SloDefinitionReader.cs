using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Slo;

/// <summary>Reads a <c>builtin:monitoring.slo</c> value with the schema defaults. Never throws on input; null when it has errors.</summary>
public static class SloDefinitionReader
{
    public const string SchemaId = "builtin:monitoring.slo";

    public static SloDefinition? Read(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = new SettingsReader($"SLO '{objectId}'", sink, locator);
        var burn = reader.Object(value, "", "errorBudgetBurnRate") ?? default;
        var window = reader.Text(value, "", "evaluationWindow", "-1w") ?? "-1w";
        if (!SloTimeframe.TryParse(window, out _, out var reason))
        {
            reader.Report(EvaluationDiagnostics.InvalidTimeframe(reader.Locate("evaluationWindow"), reader.Source, window, reason));
        }

        var definition = new SloDefinition(
            objectId,
            reader.Boolean(value, "", "enabled", true),
            reader.Text(value, "", "name", "New SLO") ?? "New SLO",
            reader.Text(value, "", "customDescription", null),
            reader.Text(value, "", "metricName", "new_slo") ?? "new_slo",
            (reader.Text(value, "", "metricExpression", "", required: true, hint: "(the success-rate expression, e.g. (100)*(good)/(total))") ?? "").Trim(),
            reader.Text(value, "", "evaluationType", "AGGREGATE") ?? "AGGREGATE",
            reader.Text(value, "", "filter", "") ?? "",
            window,
            reader.Number(value, "", "targetSuccess", 99.98, 0, 100),
            reader.Number(value, "", "targetWarning", 99.99, 0, 100),
            reader.Boolean(burn, "errorBudgetBurnRate", "burnRateVisualizationEnabled", true),
            reader.Number(burn, "errorBudgetBurnRate", "fastBurnThreshold", 10, 1.01));
        return reader.HasErrors ? null : definition;
    }
}
