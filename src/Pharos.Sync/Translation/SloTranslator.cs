using System.Globalization;
using System.Text.Json.Nodes;
using Pharos.Catalog.Resolution;
using Pharos.Conditions.Symbols;

namespace Pharos.Sync.Translation;

/// <summary>
/// The environment's SLOs → <c>builtin:monitoring.slo</c> objects over the service's entities in
/// every region (docs/dynatrace-mapping.md, "SLOs"). Each SLO is a success percentage with a
/// target and a warning level halfway through the error budget, evaluated over 28 days.
/// </summary>
internal static class SloTranslator
{
    public const string EvaluationWindow = "-28d";

    /// <summary>Latency SLOs have no target in the catalog: the objective must hold in 99 % of minutes.</summary>
    public const double LatencyTargetPercent = 99.0;

    public const double FastBurnThreshold = 10.0;
    private const int MaxName = 200;
    private const int MaxDescription = 250;

    public static IEnumerable<DesiredObject> Translate(ServiceEnvironment context)
    {
        var slos = context.Target.Slos;
        if (slos.AvailabilityPercent is { } availability)
        {
            yield return Create(context, "availability", availability, availability.Value,
                AvailabilityExpression,
                $"Share of requests without server-side errors; objective {Percent(availability.Value)} %.");
        }

        if (slos.LatencyP95Ms is { } p95)
        {
            yield return Latency(context, "latency-p95", 95, p95);
        }

        if (slos.LatencyP99Ms is { } p99)
        {
            yield return Latency(context, "latency-p99", 99, p99);
        }

        if (slos.ErrorRatePercent is { } errorRate)
        {
            var target = (double)(100m - (decimal)errorRate.Value);
            yield return Create(context, "error-rate", errorRate, target,
                ErrorRateExpression,
                $"Share of requests without errors; at most {Percent(errorRate.Value)} % may fail.");
        }
    }

    // Dynatrace's own service-availability SLO expression (reference/dynatrace-api.md §2.4).
    private static string AvailabilityExpression =>
        "(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())";

    private static string ErrorRateExpression =>
        "(100)*(builtin:service.errors.total.successCount:splitBy())/(builtin:service.requestCount.total:splitBy())";

    private static DesiredObject Latency(ServiceEnvironment context, string item, int percentile, Resolved<double> objective)
    {
        // The share of minutes whose p95 (p99) response time of the service is below the objective:
        // the shape of Dynatrace's service-performance SLO template.
        var microseconds = ThresholdMath.Scale(objective.Value, BuiltInSignals.ResponseTime.DynatraceScale);
        var series = $"builtin:service.response.time:splitBy():percentile({percentile})";
        var expression =
            $"(({series}:partition(\"latency\",value(\"good\",lt({SelectorText.Number(microseconds)}))):splitBy():count:default(0))" +
            $"/({series}:splitBy():count)*(100))";
        return Create(context, item, objective, LatencyTargetPercent, expression,
            $"Share of minutes with p{percentile} response time below {Number(objective.Value)} ms.");
    }

    private static DesiredObject Create(ServiceEnvironment context, string item, Resolved<double> objective, double target, string expression, string meaning)
    {
        var warning = WarningFor(target);
        var description = $"{meaning} Managed by Pharos (catalog {context.CatalogId}) from {objective.Source.Layer}.";
        var value = new JsonObject
        {
            ["enabled"] = true,
            ["name"] = Text.Limit($"Pharos: {context.DisplayName} {item}", MaxName),
            ["customDescription"] = Text.Limit(description, MaxDescription),
            ["metricName"] = MetricName(context, item),
            ["metricExpression"] = expression,
            ["evaluationType"] = "AGGREGATE",
            ["filter"] = context.Scope.ServiceSelector,
            ["evaluationWindow"] = EvaluationWindow,
            ["targetSuccess"] = target,
            ["targetWarning"] = warning,
            ["errorBudgetBurnRate"] = new JsonObject
            {
                ["burnRateVisualizationEnabled"] = true,
                ["fastBurnThreshold"] = FastBurnThreshold,
            },
        };
        var summary = $"SLO {item} of {context.DisplayName}: target {Percent(target)} %, warning {Percent(warning)} %";
        return context.Create(DesiredObjectKind.Slo, item, value, objective.Source, summary);
    }

    /// <summary>Warn once half of the error budget is spent: target + (100 − target) / 2.</summary>
    public static double WarningFor(double target)
    {
        var t = (decimal)target;
        return (double)(t + ((100m - t) / 2m));
    }

    /// <summary>
    /// The SLO's metric name (<c>func:slo.&lt;name&gt;</c>). Dynatrace never lets it change, so it is
    /// built only from the identity: lower-case [a-z0-9_] and the externalId's hash.
    /// </summary>
    public static string MetricName(ServiceEnvironment context, string item)
    {
        var externalId = context.ExternalId(DesiredObjectKind.Slo, item);
        var hash = externalId[(externalId.LastIndexOf(':') + 1)..][..8];
        var readable = $"pharos_{context.Service}_{context.Environment}_{item}".ToLowerInvariant();
        var chars = readable.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_').ToArray();
        var name = new string(chars);
        return $"{(name.Length > 200 ? name[..200] : name)}_{hash}";
    }

    private static string Percent(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
