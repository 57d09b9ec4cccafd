using System.Globalization;
using System.Text;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>What the placeholders of an event template are filled from, for one raised event.</summary>
public sealed record TemplateValues(
    string MetricName,
    AlertCondition Condition,
    ThresholdBounds Bounds,
    double? Value,
    SeriesDimensions Dimensions,
    EntityInfo Entity,
    int MissingSamples);

/// <summary>
/// Fills the documented metric-event placeholders [DOCS "Anomaly detection configuration", event template]:
/// {alert_condition} (above/below/outside), {baseline}, {dims}, {dims:key}, {entityname}, {metricname},
/// {missing_data_samples}, {severity}, {threshold}. Dynatrace documents {severity} as "the severity of the
/// event"; in events it prints the observed value, and so does Pharos. For OUTSIDE, {threshold}, {severity}
/// and {baseline} "are not available" in Dynatrace and stay as written. An unknown placeholder, or a
/// {dims:key} the series lacks, stays as written so the gap is visible in tests.
/// </summary>
public static class EventTemplateRenderer
{
    public static string Render(string template, TemplateValues values, IEntityDirectory entities)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(entities);
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            builder.Append(Resolve(name, values, entities) ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return builder.ToString();
    }

    private static string? Resolve(string name, TemplateValues v, IEntityDirectory entities)
    {
        var outside = v.Condition == AlertCondition.Outside;
        return name switch
        {
            "metricname" => v.MetricName,
            "alert_condition" => v.Condition switch
            {
                AlertCondition.Above => "above",
                AlertCondition.Below => "below",
                _ => "outside",
            },
            "threshold" => outside ? null : Number(v.Bounds.Threshold),
            "baseline" => outside ? null : Number(v.Bounds.Baseline),
            "severity" => outside ? null : Number(v.Value),
            "missing_data_samples" => v.MissingSamples.ToString(CultureInfo.InvariantCulture),
            "entityname" => v.Entity.Name,
            "dims" => string.Join(", ", v.Dimensions.Pairs.Select(p => p.Key + "=" + p.Value)),
            _ when name.StartsWith("dims:", StringComparison.Ordinal) => Dimension(name[5..], v.Dimensions, entities),
            _ => null,
        };
    }

    // {dims:dt.entity.service.name} prints the name of the entity in dimension dt.entity.service.
    private static string? Dimension(string key, SeriesDimensions dimensions, IEntityDirectory entities)
    {
        if (dimensions[key] is { } value)
        {
            return value;
        }

        const string suffix = ".name";
        if (key.EndsWith(suffix, StringComparison.Ordinal) && dimensions[key[..^suffix.Length]] is { } id)
        {
            return entities.Resolve(id).Name;
        }

        return null;
    }

    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.######", CultureInfo.InvariantCulture) : "n/a";
}
