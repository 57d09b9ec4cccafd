using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>Binds monitoring-profiles.yaml (seed 001 §2, §11.2) onto <see cref="MonitoringProfile"/>s.</summary>
internal static class ProfileReader
{
    public static IReadOnlyList<MonitoringProfile> Read(DocNode? root, IDiagnosticSink sink)
    {
        var top = MappingReader.From(root, "monitoring-profiles.yaml", "monitoring-profiles.yaml", sink);
        if (top is null)
        {
            return [];
        }

        var profiles = top.Child("monitoringProfiles", "monitoringProfiles");
        top.Finish();
        if (profiles is null)
        {
            sink.Add(CatalogDiagnostics.RequiredField(top.Location, "monitoringProfiles", "monitoring-profiles.yaml"));
            return [];
        }

        var result = new List<MonitoringProfile>();
        foreach (var entry in profiles.Mapping.Entries)
        {
            profiles.Node(entry.Key);
            var reader = MappingReader.From(entry.Value, entry.Key, $"profile '{entry.Key}'", sink);
            if (reader is not null)
            {
                result.Add(ReadProfile(entry.Key, reader, sink));
            }
        }

        profiles.Finish();
        return result;
    }

    private static MonitoringProfile ReadProfile(string name, MappingReader r, IDiagnosticSink sink)
    {
        var context = $"profile '{name}'";
        var description = r.String("description");
        var dynatrace = ReadDynatrace(r.Child("dynatrace", $"the dynatrace block of {context}"), context, r.Location, sink);
        var slos = ReadSlos(r.Child("slos", $"the slos of {context}"));
        var overrides = new List<ProfileOverride>();
        var overridesReader = r.Child("environmentOverrides", $"environmentOverrides of {context}");
        if (overridesReader is not null)
        {
            foreach (var entry in overridesReader.Mapping.Entries)
            {
                overridesReader.Node(entry.Key);
                var o = MappingReader.From(entry.Value, entry.Key, $"environmentOverrides.{entry.Key} of {context}", sink);
                if (o is not null)
                {
                    overrides.Add(ReadOverride(new Located<string>(entry.Key, entry.KeyLocation), o, context, sink));
                }
            }

            overridesReader.Finish();
        }

        var prometheus = ReadPrometheus(r.Child("prometheus", $"the prometheus block of {context}"));
        var gates = GateReader.Read(r.Child("gates", $"the gates block of {context}"), sink);
        r.Finish();
        return new MonitoringProfile(name, description, dynatrace, slos, overrides, prometheus, r.Location) { Gates = gates };
    }

    private static DynatraceProfile ReadDynatrace(MappingReader? r, string context, SourceLocation fallback, IDiagnosticSink sink)
    {
        if (r is null)
        {
            return new DynatraceProfile(false, false, ApplicationSettings.Empty, [], [], fallback);
        }

        var enabled = r.Bool("enabled") ?? true;
        var primary = r.Bool("primary") ?? false;
        var application = ApplicationSettings.Empty;
        var app = r.Child("application", $"dynatrace.application of {context}");
        if (app is not null)
        {
            application = new ApplicationSettings(
                ItemReaders.Texts(app, "monitoredTechnologies"),
                ItemReaders.Text(app, "requestNaming"),
                ItemReaders.RequestAttributes(app.Sequence("requestAttributes"), sink));
            app.Finish();
        }

        var rules = ItemReaders.AlertRules(r.Sequence("alertRules"), sink);
        var metrics = ItemReaders.CustomMetrics(r.Sequence("customMetrics"), sink);
        r.Finish();
        return new DynatraceProfile(enabled, primary, application, rules, metrics, r.Location);
    }

    private static SloDefinition ReadSlos(MappingReader? r)
    {
        if (r is null)
        {
            return SloDefinition.Empty;
        }

        var availability = ReadTiers(r.Child("availability", "slos.availability"));
        var latency = ReadLatency(r.Child("latency", "slos.latency"));
        var errorRate = ReadTiers(r.Child("errorRate", "slos.errorRate"));
        r.Finish();
        return new SloDefinition(availability, latency, errorRate);
    }

    private static TierValues? ReadTiers(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var values = new TierValues(ItemReaders.Number(r, "baselineInt"), ItemReaders.Number(r, "baselinePre"), ItemReaders.Number(r, "baselineProd"));
        r.Finish();
        return values;
    }

    private static LatencyValues? ReadLatency(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var values = new LatencyValues(ItemReaders.Number(r, "p95Baseline"), ItemReaders.Number(r, "p99Baseline"));
        r.Finish();
        return values;
    }

    private static ProfileOverride ReadOverride(Located<string> key, MappingReader o, string context, IDiagnosticSink sink)
    {
        Located<double>? availability = null;
        Located<double>? errorRate = null;
        LatencyValues? latency = null;
        var slos = o.Child("slos", $"environmentOverrides.{key.Value}.slos of {context}");
        if (slos is not null)
        {
            // Overrides give one value for the environment, not per-tier baselines (seed 001 §2.1).
            availability = ItemReaders.Number(slos, "availability");
            errorRate = ItemReaders.Number(slos, "errorRate");
            latency = ReadLatency(slos.Child("latency", $"environmentOverrides.{key.Value}.slos.latency"));
            slos.Finish();
        }

        var rules = ItemReaders.AlertRules(o.Sequence("alertRules"), sink);
        var rulesLocation = o.LocationOf("alertRules");
        var gates = GateReader.Read(o.Child("gates", $"environmentOverrides.{key.Value}.gates of {context}"), sink);
        o.Finish();
        return new ProfileOverride(key, availability, latency, errorRate, rules, rulesLocation) { Gates = gates };
    }

    private static PrometheusSettings? ReadPrometheus(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var enabled = r.Bool("enabled") ?? false;
        var primary = r.Bool("primary") ?? false;
        var purpose = r.String("purpose");
        string? interval = null;
        string? path = null;
        var monitor = r.Child("serviceMonitor", "prometheus.serviceMonitor");
        if (monitor is not null)
        {
            interval = monitor.String("scrapeInterval");
            path = monitor.String("path");
            monitor.Finish();
        }

        r.Finish();
        return new PrometheusSettings(enabled, primary, purpose, interval, path);
    }
}
