using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>
/// Binds a <c>gates:</c> block (profile, profile environment override, service, service override)
/// driven by <see cref="GateFacts.Settings"/>: each value is checked against its kind and range where
/// it is written, and an unknown section or field is PH1005 with a did-you-mean.
/// </summary>
internal static class GateReader
{
    public static GateSettings Read(MappingReader? r, IDiagnosticSink sink)
    {
        if (r is null)
        {
            return GateSettings.Empty;
        }

        var settings = new List<GateSetting>();
        ReadFields(r, "", settings, sink);
        foreach (var section in GateFacts.Sections)
        {
            var child = r.Child(section, $"gates.{section} of {r.Context}");
            if (child is not null)
            {
                ReadFields(child, section, settings, sink);
                child.Finish();
            }
        }

        r.Finish();
        return new GateSettings(settings, r.Location);
    }

    private static void ReadFields(MappingReader r, string section, List<GateSetting> settings, IDiagnosticSink sink)
    {
        foreach (var spec in GateFacts.Settings.Where(s => s.Section == section))
        {
            var value = spec.Kind switch
            {
                GateSettingKind.Flag => r.Bool(spec.Field) is { } flag ? new GateFlag(flag) : null,
                GateSettingKind.Number or GateSettingKind.Integer => Number(r, spec, sink),
                GateSettingKind.Duration => Duration(r, spec, sink),
                GateSettingKind.CanaryMetrics => CanaryMetrics(r, spec, sink),
                _ => Severities(r, spec, sink),
            };
            if (value is not null)
            {
                settings.Add(new GateSetting(spec.Path, value, r.LocationOf(spec.Field)));
            }
        }
    }

    private static GateValue? Number(MappingReader r, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (r.Number(spec.Field) is not { } number)
        {
            return null;
        }

        var integral = spec.Kind != GateSettingKind.Integer || Math.Abs(number % 1) == 0;
        if (!integral || !spec.InRange(number))
        {
            sink.Add(CatalogDiagnostics.GateSettingOutOfRange(r.LocationOf(spec.Field), spec.Path, number, spec.Range));
            return null;
        }

        return new GateNumber(number);
    }

    private static GateValue? Duration(MappingReader r, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (r.Scalar(spec.Field) is not { } scalar)
        {
            return null;
        }

        if (!GateDurations.TryParse(scalar.Value, out var duration) || !spec.InRange(duration.TotalSeconds))
        {
            sink.Add(CatalogDiagnostics.InvalidGateDuration(scalar.ContentLocation, spec.Path, scalar.Value, spec.Range));
            return null;
        }

        return new GateDuration(duration);
    }

    private static GateValue? CanaryMetrics(MappingReader r, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (r.Sequence(spec.Field) is not { } sequence)
        {
            return null;
        }

        var metrics = new List<GateCanaryMetric>();
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var valid = true;
        foreach (var item in sequence.Items)
        {
            var m = MappingReader.From(item, $"{spec.Path}[]", "a canary metric", sink);
            if (m is null)
            {
                valid = false;
                continue;
            }

            var name = m.String("name", required: true);
            m.Context = name is null ? m.Context : $"canary metric '{name}'";
            var selector = m.String("selector", required: true);
            var unit = m.String("unit") ?? "";
            var tolerance = m.Number("maxRelativeIncrease");
            m.Finish();
            if (tolerance is { } t && !(t >= 0))
            {
                sink.Add(CatalogDiagnostics.GateSettingOutOfRange(m.LocationOf("maxRelativeIncrease"), $"{spec.Path}.{name}.maxRelativeIncrease", t, "0 or more, a fraction of the stable mean (0.1 = +10 %)"));
                valid = false;
            }

            if (name is null || string.IsNullOrWhiteSpace(selector))
            {
                if (selector is not null)
                {
                    sink.Add(CatalogDiagnostics.RequiredField(m.LocationOf("selector"), "selector", m.Context));
                }

                valid = false;
                continue;
            }

            if (!first.TryAdd(name, m.Location))
            {
                sink.Add(CatalogDiagnostics.DuplicateItem(m.Location, "canary metric", name, first[name]));
                valid = false;
                continue;
            }

            metrics.Add(new GateCanaryMetric(name, selector.Trim(), unit, tolerance));
        }

        return valid ? new GateCanaryMetrics(metrics) : null;
    }

    private static GateValue? Severities(MappingReader r, GateSettingSpec spec, IDiagnosticSink sink)
    {
        if (!r.Has(spec.Field))
        {
            return null;
        }

        var values = new List<string>();
        var valid = true;
        foreach (var scalar in r.Strings(spec.Field))
        {
            var severity = scalar.Value.Trim().ToUpperInvariant();
            if (!GateFacts.Severities.Contains(severity, StringComparer.Ordinal))
            {
                sink.Add(CatalogDiagnostics.UnknownGateSeverity(scalar.ContentLocation, spec.Path, scalar.Value, GateFacts.Severities));
                valid = false;
            }
            else if (values.Contains(severity, StringComparer.Ordinal))
            {
                sink.Add(CatalogDiagnostics.DuplicateListValue(scalar.ContentLocation, spec.Path, severity));
            }
            else
            {
                values.Add(severity);
            }
        }

        // An empty list is meaningful (nothing blocks); a list with a bad entry is dropped so the error is the only message.
        return valid ? new GateSeverities(values) : null;
    }
}
