using System.Globalization;
using System.Text;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;

namespace Pharos.Catalog.Explain;

/// <summary>
/// Renders a resolved target for people: every item with the layer and file:line it came from and
/// what it shadowed, so "why does prod have this rule?" has a one-command answer.
/// </summary>
public static class ExplainRenderer
{
    public static string Render(ResolvedTarget t)
    {
        var b = new StringBuilder();
        b.AppendLine($"{t.Service} · {t.Environment.Id} · {t.Region}");
        b.AppendLine($"  namespace        {t.Namespace}");
        b.AppendLine($"  profile          {t.Metadata.MonitoringProfile ?? "(none)"}");
        if (t.MetricsCatalog is { } mc)
        {
            b.AppendLine($"  metrics catalog  {mc.Url} @ {mc.Ref}{(mc.Commit is null ? "" : $" ({mc.Commit[..12]})")}");
        }

        b.AppendLine();
        b.AppendLine("SLOs");
        Slo(b, "availability", t.Slos.AvailabilityPercent, "%");
        Slo(b, "latency p95", t.Slos.LatencyP95Ms, " ms");
        Slo(b, "latency p99", t.Slos.LatencyP99Ms, " ms");
        Slo(b, "error rate", t.Slos.ErrorRatePercent, "%");

        Section(b, "Alert rules", t.AlertRules, r =>
            $"{r.Name}  [{r.Severity?.Value ?? "-"}{(r.Enabled ? "" : ", disabled")}]  {r.Condition?.Value}");
        Section(b, "Custom metrics", t.CustomMetrics, m =>
            $"{m.Name}  [{m.Type?.Value ?? "-"}, {m.Unit?.Value ?? "-"}{(m.Enabled ? "" : ", disabled")}]");
        Section(b, "Dashboards", t.Dashboards, d => $"{d.Name}  ({d.Panels.Count} panels)");
        Section(b, "Request attributes", t.Application.RequestAttributes, a => $"{a.Name}  ← {a.SourceKind} {a.SourceValue}");
        if (!t.Gates.IsEmpty)
        {
            // Only what the catalog sets; every other gate setting is the seed-002 default (docs/gates.md).
            Section(b, "Gate policy", t.Gates.Settings, s => $"{s.Path} = {s.Value.Text}");
        }

        return b.ToString();
    }

    private static void Slo(StringBuilder b, string name, Resolved<double>? value, string unit)
    {
        if (value is null)
        {
            b.AppendLine($"  {name,-14} (not set)");
            return;
        }

        b.AppendLine($"  {name,-14} {value.Value.ToString(CultureInfo.InvariantCulture)}{unit}");
        Origins(b, value.Source, value.Shadowed, value.Shadowed.Count);
    }

    private static void Section<T>(StringBuilder b, string title, IReadOnlyList<Resolved<T>> items, Func<T, string> describe)
    {
        b.AppendLine();
        b.AppendLine($"{title} ({items.Count})");
        foreach (var item in items)
        {
            b.AppendLine("  " + describe(item.Value));
            Origins(b, item.Source, item.Shadowed, item.Shadowed.Count);
        }
    }

    private static void Origins(StringBuilder b, Provenance source, IReadOnlyList<Provenance> shadowed, int count)
    {
        b.AppendLine($"      from    {source.Layer}  {source.Location}");
        for (var i = 0; i < count; i++)
        {
            b.AppendLine($"      shadows {shadowed[i].Layer}  {shadowed[i].Location}");
        }
    }
}
