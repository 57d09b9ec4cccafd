using System.Text.Json;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;

namespace Pharos.Catalog.Output;

/// <summary>
/// Writes a target's <c>gates</c> block in the catalog's own shape (sections, camel-case fields).
/// In application.json each value is plain and <c>definedIn</c> names the layer of every setting; in
/// the resolved model each value carries its source and what it shadowed. Nothing is written when
/// the catalog sets no gate policy, so targets without one are unchanged.
/// </summary>
internal static class GateJsonWriter
{
    public static void Write(Utf8JsonWriter w, ResolvedGates gates, bool provenance, Action<Utf8JsonWriter, Provenance, IReadOnlyList<Provenance>> writeProvenance)
    {
        if (gates.IsEmpty)
        {
            return;
        }

        w.WriteStartObject("gates");
        foreach (var section in new[] { "" }.Concat(GateFacts.Sections))
        {
            var settings = GateFacts.Settings.Where(s => s.Section == section).Select(s => gates.Find(s.Path)).OfType<Resolved<GateSetting>>().ToList();
            if (settings.Count == 0)
            {
                continue;
            }

            if (section.Length > 0)
            {
                w.WriteStartObject(section);
            }

            foreach (var setting in settings)
            {
                var field = setting.Value.Path[(setting.Value.Path.LastIndexOf('.') + 1)..];
                if (provenance)
                {
                    w.WriteStartObject(field);
                    w.WritePropertyName("value");
                    WriteValue(w, setting.Value.Value);
                    writeProvenance(w, setting.Source, setting.Shadowed);
                    w.WriteEndObject();
                }
                else
                {
                    w.WritePropertyName(field);
                    WriteValue(w, setting.Value.Value);
                }
            }

            if (section.Length > 0)
            {
                w.WriteEndObject();
            }
        }

        if (!provenance)
        {
            // The layer, not the file:line, as for items: lines move with unrelated edits.
            w.WriteStartObject("definedIn");
            foreach (var setting in gates.Settings)
            {
                w.WriteString(setting.Value.Path, setting.Source.Layer);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, GateValue value)
    {
        switch (value)
        {
            case GateNumber number:
                w.WriteNumberValue(number.Value);
                break;
            case GateFlag flag:
                w.WriteBooleanValue(flag.Value);
                break;
            case GateCanaryMetrics metrics:
                w.WriteStartArray();
                foreach (var metric in metrics.Values)
                {
                    w.WriteStartObject();
                    w.WriteString("name", metric.Name);
                    w.WriteString("selector", metric.Selector);
                    w.WriteString("unit", metric.Unit);
                    if (metric.MaxRelativeIncrease is { } tolerance)
                    {
                        w.WriteNumber("maxRelativeIncrease", tolerance);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case GateSeverities severities:
                w.WriteStartArray();
                foreach (var severity in severities.Values)
                {
                    w.WriteStringValue(severity);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(value.Text);
                break;
        }
    }
}
