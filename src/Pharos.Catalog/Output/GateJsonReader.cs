using System.Globalization;
using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Reads the <c>gates</c> block of a generated application.json back (the inverse of
/// <see cref="GateJsonWriter"/> without provenance). Values are checked again, as everything a
/// controller or gate reads from a file is: a hand-edited ConfigMap must not loosen a gate silently.
/// </summary>
internal static class GateJsonReader
{
    public static ResolvedGates Read(JsonFields? o, ApplicationJsonItems items, IDiagnosticSink sink)
    {
        if (o is null)
        {
            return ResolvedGates.Empty;
        }

        var definedIn = o.Object("definedIn", "gates.definedIn");
        var settings = new List<Resolved<GateSetting>>();
        ReadFields(o, "", definedIn, items, settings, sink);
        foreach (var section in GateFacts.Sections)
        {
            var child = o.Object(section, $"gates.{section}");
            if (child is not null)
            {
                ReadFields(child, section, definedIn, items, settings, sink);
                child.Finish();
            }
        }

        if (definedIn is not null)
        {
            foreach (var spec in GateFacts.Settings)
            {
                definedIn.String(spec.Path);
            }

            definedIn.Finish();
        }

        o.Finish();
        var order = GateFacts.Settings.Select(s => s.Path).ToList();
        return new ResolvedGates(settings.OrderBy(s => order.IndexOf(s.Value.Path)).ToList());
    }

    private static void ReadFields(JsonFields o, string section, JsonFields? definedIn, ApplicationJsonItems items, List<Resolved<GateSetting>> settings, IDiagnosticSink sink)
    {
        foreach (var spec in GateFacts.Settings.Where(s => s.Section == section))
        {
            var at = o.LocationOf(spec.Field);
            var value = spec.Kind switch
            {
                GateSettingKind.Flag => o.Bool(spec.Field) is { } flag ? new GateFlag(flag) : null,
                GateSettingKind.Number or GateSettingKind.Integer => Number(o, spec, at, sink),
                GateSettingKind.Duration => Duration(o, spec, sink),
                GateSettingKind.CanaryMetrics => CanaryMetrics(o, spec, sink),
                _ => Severities(o, spec, sink),
            };
            if (value is null)
            {
                continue;
            }

            var resolved = items.Resolve(new GateSetting(spec.Path, value, at), at);
            if (definedIn?.String(spec.Path)?.Value is { } layer)
            {
                resolved = resolved with { Source = resolved.Source with { Layer = layer } };
            }

            settings.Add(resolved);
        }
    }

    private static GateValue? Number(JsonFields o, GateSettingSpec spec, SourceLocation at, IDiagnosticSink sink)
    {
        if (o.Number(spec.Field) is not { } number)
        {
            return null;
        }

        if ((spec.Kind == GateSettingKind.Integer && Math.Abs(number % 1) != 0) || !spec.InRange(number))
        {
            sink.Add(GeneratedConfigDiagnostics.InvalidValue(at, $"gates.{spec.Path}", number.ToString(CultureInfo.InvariantCulture), spec.Range));
            return null;
        }

        return new GateNumber(number);
    }

    private static GateValue? Duration(JsonFields o, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (o.String(spec.Field) is not { } text)
        {
            return null;
        }

        if (!GateDurations.TryParse(text.Value, out var duration) || !spec.InRange(duration.TotalSeconds))
        {
            sink.Add(GeneratedConfigDiagnostics.InvalidValue(text.ContentLocation, $"gates.{spec.Path}", text.Value, $"a duration {spec.Range} such as 90s, 10m, 1h30m or 2d"));
            return null;
        }

        return new GateDuration(duration);
    }

    private static GateValue? CanaryMetrics(JsonFields o, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (o.Array(spec.Field) is not { } array)
        {
            return null;
        }

        var metrics = new List<GateCanaryMetric>();
        foreach (var item in array.Items)
        {
            var m = JsonFields.From(item, $"gates.{spec.Path}[]", "a canary metric", sink);
            if (m is null)
            {
                return null;
            }

            var name = m.String("name", required: true);
            var selector = m.String("selector", required: true);
            var unit = m.String("unit")?.Value ?? "";
            var tolerance = m.Number("maxRelativeIncrease");
            m.Finish();
            if (name is null || selector is null)
            {
                return null;
            }

            if (tolerance is { } t && !(t >= 0))
            {
                sink.Add(GeneratedConfigDiagnostics.InvalidValue(m.LocationOf("maxRelativeIncrease"), $"gates.{spec.Path}.{name.Value}.maxRelativeIncrease", t.ToString(CultureInfo.InvariantCulture), "0 or more"));
                return null;
            }

            if (metrics.Any(x => x.Name == name.Value))
            {
                sink.Add(GeneratedConfigDiagnostics.InvalidValue(name.ContentLocation, $"gates.{spec.Path}[].name", name.Value, "a name used once"));
                return null;
            }

            metrics.Add(new GateCanaryMetric(name.Value, selector.Value, unit, tolerance));
        }

        return new GateCanaryMetrics(metrics);
    }

    private static GateValue? Severities(JsonFields o, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (o.Array(spec.Field) is null)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var text in o.Strings(spec.Field))
        {
            if (!GateFacts.Severities.Contains(text.Value, StringComparer.Ordinal) || values.Contains(text.Value, StringComparer.Ordinal))
            {
                sink.Add(GeneratedConfigDiagnostics.InvalidValue(text.ContentLocation, $"gates.{spec.Path}", text.Value, $"one of {string.Join(", ", GateFacts.Severities)}, each once"));
                return null;
            }

            values.Add(text.Value);
        }

        return new GateSeverities(values);
    }
}
