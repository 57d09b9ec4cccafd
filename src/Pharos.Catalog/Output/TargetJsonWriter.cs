using System.Text.Encodings.Web;
using System.Text.Json;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;

namespace Pharos.Catalog.Output;

/// <summary>
/// Writes a resolved target as JSON in a fixed property order, so output is byte-identical across
/// runs and machines. The same writer serves the ConfigMap's application.json (no provenance) and
/// the resolved model / explain output (with provenance: the layer and file:line of every item).
/// </summary>
public static class TargetJsonWriter
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        // Channel names (#team-x) and e-mail addresses should read as written, not as \u0023 escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter w, ResolvedTarget target, bool provenance)
    {
        w.WriteStartObject();
        WriteMetadata(w, target);
        if (provenance)
        {
            w.WriteString("namespace", target.Namespace);
            w.WriteStartObject("labels");
            foreach (var (key, value) in target.Labels)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
        }

        WriteMonitoring(w, target.Application, provenance);
        WriteList(w, "alertRules", target.AlertRules, provenance, WriteRule);
        WriteList(w, "customMetrics", target.CustomMetrics, provenance, WriteMetric);
        WriteList(w, "dashboards", target.Dashboards, provenance, WriteDashboard);
        WriteSlos(w, target.Slos, provenance);
        GateJsonWriter.Write(w, target.Gates, provenance, WriteProvenance);
        if (target.Prometheus is { } p)
        {
            w.WriteStartObject("prometheus");
            w.WriteBoolean("enabled", p.Enabled);
            w.WriteBoolean("primary", p.Primary);
            WriteOptional(w, "purpose", p.Purpose);
            if (p.ScrapeInterval is not null || p.Path is not null)
            {
                w.WriteStartObject("serviceMonitor");
                WriteOptional(w, "scrapeInterval", p.ScrapeInterval);
                WriteOptional(w, "path", p.Path);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, ResolvedTarget target)
    {
        var m = target.Metadata;
        w.WriteStartObject("metadata");
        w.WriteString("name", m.Name);
        w.WriteString("environment", m.Environment);
        w.WriteString("tier", m.Tier);
        w.WriteString("channel", m.Channel);
        w.WriteString("region", m.Region);
        WriteOptional(w, "team", m.Team);
        WriteOptional(w, "costCenter", m.CostCenter);
        WriteOptional(w, "businessUnit", m.BusinessUnit);
        WriteOptional(w, "monitoringProfile", m.MonitoringProfile);
        WriteOptional(w, "archetype", m.Archetype);
        WriteOptional(w, "size", m.Size);
        if (target.MetricsCatalog is { } mc)
        {
            w.WriteStartObject("metricsCatalog");
            w.WriteString("url", mc.Url);
            w.WriteString("ref", mc.Ref);
            WriteOptional(w, "commit", mc.Commit);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteMonitoring(Utf8JsonWriter w, ResolvedApplication app, bool provenance)
    {
        w.WriteStartObject("monitoring");
        w.WriteStartArray("technologies");
        foreach (var t in app.Technologies)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
        if (app.RequestNaming is { } naming)
        {
            w.WriteString("requestNaming", naming.Value);
        }

        WriteList(w, "requestAttributes", app.RequestAttributes, provenance, (w, a) =>
        {
            w.WriteString("name", a.Name);
            w.WriteStartObject("source");
            w.WriteString(a.SourceKind, a.SourceValue);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, AlertRule rule)
    {
        w.WriteString("name", rule.Name);
        w.WriteBoolean("enabled", rule.Enabled);
        WriteOptional(w, "condition", rule.Condition?.Value);
        w.WriteStartArray("targets");
        foreach (var target in rule.Targets.Count == 0 ? ["SERVICE"] : rule.Targets.Select(t => t.Value))
        {
            w.WriteStringValue(target);
        }

        w.WriteEndArray();
        WriteOptional(w, "severity", rule.Severity?.Value);
        w.WriteStartArray("notificationChannels");
        foreach (var channel in rule.Channels.DistinctBy(c => (c.Kind, c.Target)))
        {
            w.WriteStartObject();
            w.WriteString("type", channel.KindName);
            w.WriteString("target", channel.Target);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteOptional(w, "description", rule.Description?.Value);
    }

    private static void WriteMetric(Utf8JsonWriter w, CustomMetric metric)
    {
        w.WriteString("name", metric.Name);
        WriteOptional(w, "type", metric.Type?.Value);
        WriteOptional(w, "description", metric.Description);
        WriteOptional(w, "unit", metric.Unit?.Value);
        WriteOptional(w, "aggregation", metric.Aggregation?.Value);
        if (metric.Dimensions.Count > 0)
        {
            w.WriteStartArray("dimensions");
            foreach (var d in metric.Dimensions)
            {
                w.WriteStringValue(d.Value);
            }

            w.WriteEndArray();
        }

        WriteOptional(w, "source", metric.Source);
        w.WriteBoolean("enabled", metric.Enabled);
    }

    private static void WriteDashboard(Utf8JsonWriter w, Dashboard dashboard)
    {
        w.WriteString("name", dashboard.Name);
        WriteOptional(w, "description", dashboard.Description);
        w.WriteStartArray("panels");
        foreach (var panel in dashboard.Panels)
        {
            w.WriteStartObject();
            w.WriteString("title", panel.Title);
            WriteOptional(w, "metric", panel.Metric);
            WriteOptional(w, "type", panel.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSlos(Utf8JsonWriter w, ResolvedSlos slos, bool provenance)
    {
        w.WriteStartObject("slos");
        WriteSlo(w, "availabilityPercent", slos.AvailabilityPercent, provenance);
        WriteSlo(w, "latencyP95Ms", slos.LatencyP95Ms, provenance);
        WriteSlo(w, "latencyP99Ms", slos.LatencyP99Ms, provenance);
        WriteSlo(w, "errorRatePercent", slos.ErrorRatePercent, provenance);
        if (!provenance)
        {
            w.WriteStartObject("definedIn");
            foreach (var (name, value) in new[] { ("availabilityPercent", slos.AvailabilityPercent), ("latencyP95Ms", slos.LatencyP95Ms), ("latencyP99Ms", slos.LatencyP99Ms), ("errorRatePercent", slos.ErrorRatePercent) })
            {
                if (value is not null)
                {
                    w.WriteString(name, value.Source.Layer);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSlo(Utf8JsonWriter w, string name, Resolved<double>? value, bool provenance)
    {
        if (value is null)
        {
            return;
        }

        if (!provenance)
        {
            w.WriteNumber(name, value.Value);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("value", value.Value);
        WriteProvenance(w, value.Source, value.Shadowed);
        w.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter w, string name, IReadOnlyList<Resolved<T>> items, bool provenance, Action<Utf8JsonWriter, T> writeItem)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeItem(w, item.Value);
            if (provenance)
            {
                WriteProvenance(w, item.Source, item.Shadowed);
            }
            else
            {
                // The layer, not the file:line: lines move with unrelated edits and would churn the output.
                w.WriteString("definedIn", item.Source.Layer);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter w, Provenance source, IReadOnlyList<Provenance> shadowed)
    {
        w.WritePropertyName("source");
        WriteOneProvenance(w, source);
        if (shadowed.Count > 0)
        {
            w.WriteStartArray("shadows");
            foreach (var s in shadowed)
            {
                WriteOneProvenance(w, s);
            }

            w.WriteEndArray();
        }
    }

    private static void WriteOneProvenance(Utf8JsonWriter w, Provenance p)
    {
        w.WriteStartObject();
        w.WriteString("layer", p.Layer);
        w.WriteString("file", p.Location.File);
        w.WriteNumber("line", p.Location.Line);
        w.WriteNumber("column", p.Location.Column);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
