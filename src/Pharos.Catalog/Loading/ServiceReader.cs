using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>Binds services.yaml (seed 001 §3.1) onto <see cref="ServiceDefinition"/>s.</summary>
internal static class ServiceReader
{
    public static IReadOnlyList<ServiceDefinition> Read(DocNode? root, IDiagnosticSink sink)
    {
        var top = MappingReader.From(root, "services.yaml", "services.yaml", sink);
        if (top is null)
        {
            return [];
        }

        var sequence = top.Sequence("services");
        top.Finish();
        if (sequence is null)
        {
            sink.Add(CatalogDiagnostics.RequiredField(top.Location, "services", "services.yaml"));
            return [];
        }

        var result = new List<ServiceDefinition>();
        foreach (var item in sequence.Items)
        {
            var reader = MappingReader.From(item, "services[]", "a service", sink);
            if (reader is not null && ReadService(reader, sink) is { } service)
            {
                result.Add(service);
            }
        }

        return result;
    }

    private static ServiceDefinition? ReadService(MappingReader r, IDiagnosticSink sink)
    {
        var name = r.String("name", required: true);
        var context = name is null ? "a service" : $"service '{name}'";
        r.Context = context;
        var archetype = r.String("archetype");
        var size = r.String("size");
        var regions = ItemReaders.Texts(r, "regions");
        var enabledIn = ItemReaders.Texts(r, "enabledIn")
            .Select(e => new Located<EnvironmentId>(EnvironmentId.Parse(e.Value), e.Location))
            .ToList();
        var costProfile = r.String("costProfile");
        var cost = ReadCost(r.Child("cost", $"the cost block of {context}"));
        var monitoringProfile = ItemReaders.Text(r, "monitoringProfile");
        var monitoring = ReadMonitoring(r.Child("monitoring", $"the monitoring block of {context}"), context, r.Location, sink);
        r.Finish();

        return name is null
            ? null
            : new ServiceDefinition(name, archetype, size, regions, enabledIn, costProfile, cost, monitoringProfile, monitoring, r.Location);
    }

    private static CostInfo ReadCost(MappingReader? r)
    {
        if (r is null)
        {
            return CostInfo.Empty;
        }

        var cost = new CostInfo(ItemReaders.Text(r, "costCenter"), ItemReaders.Text(r, "businessUnit"), ItemReaders.Text(r, "costOwner"));
        r.Finish();
        return cost;
    }

    private static ServiceMonitoring ReadMonitoring(MappingReader? r, string context, SourceLocation serviceLocation, IDiagnosticSink sink)
    {
        if (r is null)
        {
            return ServiceMonitoring.Empty(serviceLocation);
        }

        var dynatrace = r.Bool("dynatrace") ?? true;
        MetricsCatalogReference? repository = null;
        IReadOnlyList<Located<string>> profiles = [];
        IReadOnlyList<CustomMetric> metrics = [];
        var metricsLocation = r.Location;

        var custom = r.Child("customMetrics", $"customMetrics of {context}");
        if (custom is not null)
        {
            var repo = custom.Child("repository", $"customMetrics.repository of {context}");
            if (repo is not null)
            {
                var url = repo.String("url", required: true);
                var reference = repo.String("ref") ?? "main";
                repo.Finish();
                repository = url is null ? null : new MetricsCatalogReference(url, reference, repo.Location);
            }

            profiles = ItemReaders.Texts(custom, "profiles");
            metrics = ItemReaders.CustomMetrics(custom.Sequence("metrics"), sink);
            metricsLocation = custom.LocationOf("metrics");
            custom.Finish();
        }

        var overrides = new List<ServiceOverride>();
        var overridesReader = r.Child("overrides", $"overrides of {context}");
        if (overridesReader is not null)
        {
            foreach (var entry in overridesReader.Mapping.Entries)
            {
                var o = MappingReader.From(entry.Value, entry.Key, $"overrides.{entry.Key} of {context}", sink);
                overridesReader.Node(entry.Key);
                if (o is not null)
                {
                    overrides.Add(ReadOverride(new Located<string>(entry.Key, entry.KeyLocation), o, context, sink));
                }
            }

            overridesReader.Finish();
        }

        var gates = GateReader.Read(r.Child("gates", $"the gates block of {context}"), sink);
        r.Finish();
        return new ServiceMonitoring(dynatrace, repository, profiles, metrics, overrides, metricsLocation) { Gates = gates };
    }

    private static ServiceOverride ReadOverride(Located<string> key, MappingReader o, string context, IDiagnosticSink sink)
    {
        var availability = ItemReaders.Number(o, "sloAvailability");
        var p95 = ItemReaders.Number(o, "sloLatencyP95ms");
        var p99 = ItemReaders.Number(o, "sloLatencyP99ms");
        var errorRate = ItemReaders.Number(o, "sloErrorRate");
        IReadOnlyList<AlertRule> rules = [];
        var rulesLocation = o.Location;
        var dt = o.Child("dynatrace", $"overrides.{key.Value}.dynatrace of {context}");
        if (dt is not null)
        {
            rules = ItemReaders.AlertRules(dt.Sequence("alertRules"), sink);
            rulesLocation = dt.LocationOf("alertRules");
            dt.Finish();
        }

        var gates = GateReader.Read(o.Child("gates", $"overrides.{key.Value}.gates of {context}"), sink);
        o.Finish();
        return new ServiceOverride(key, availability, p95, p99, errorRate, rules, rulesLocation) { Gates = gates };
    }
}
