using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// The inverse of <see cref="TargetJsonWriter"/> for the provenance-less application.json of a
/// generated ConfigMap: turns it (with the ConfigMap's namespace and labels) back into a
/// <see cref="ResolvedTarget"/> that translates exactly as the catalog's own target does. Every
/// item's provenance is the layer <c>ConfigMap &lt;name&gt;</c> at the item's position (the file,
/// or <c>&lt;namespace&gt;/&lt;name&gt;</c> for Kubernetes). Returns null, with PH15xx diagnostics, when the input is not a complete target.
/// Never throws on user input.
/// </summary>
public static class ApplicationJsonReader
{
    public const string DataKey = "application.json";

    public static ResolvedTarget? Read(GeneratedConfigMap configMap, IDiagnosticSink sink)
    {
        if (configMap.ApplicationJson is null)
        {
            sink.Add(GeneratedConfigDiagnostics.ApplicationJsonMissing(configMap.ApplicationJsonOrigin, configMap.QualifiedName));
            return null;
        }

        var errors = new ErrorTracker(sink);
        var root = ParseJson(configMap.ApplicationJson, configMap.ApplicationJsonOrigin, errors);
        var top = JsonFields.From(root, DataKey, DataKey, errors);
        if (top is null)
        {
            return null;
        }

        // The layer names the ConfigMap but not its namespace: namespaces differ per region, and one
        // Dynatrace object serves every region, so its "Defined in" text must be the same in all of them.
        var items = new ApplicationJsonItems($"ConfigMap {configMap.Name}", errors);
        var metadata = ReadMetadata(top.Object("metadata", "metadata", required: true), configMap, errors, out var metricsCatalog);
        var application = ReadMonitoring(top.Object("monitoring", "monitoring"), items);
        var rules = items.AlertRules(top.Array("alertRules"));
        var metrics = items.CustomMetrics(top.Array("customMetrics"));
        var dashboards = items.Dashboards(top.Array("dashboards"));
        var slos = ReadSlos(top.Object("slos", "slos"), items);
        var prometheus = ReadPrometheus(top.Object("prometheus", "prometheus"));
        var gates = GateJsonReader.Read(top.Object("gates", "gates"), items, errors);
        top.Finish();
        if (metadata is null || errors.Count > 0)
        {
            return null;
        }

        return new ResolvedTarget(
            metadata.Name,
            EnvironmentId.Parse(metadata.Environment),
            metadata.Region,
            configMap.Namespace,
            metadata,
            configMap.Labels,
            application,
            rules,
            metrics,
            dashboards,
            slos,
            metricsCatalog,
            prometheus)
        {
            Gates = gates,
        };
    }

    private static DocNode? ParseJson(string json, SourceLocation origin, IDiagnosticSink sink)
    {
        var syntax = new DiagnosticBag();
        var root = JsonDocumentReader.Read(json, origin, syntax);
        foreach (var problem in syntax.ToSortedList())
        {
            const string Prefix = "JSON syntax error: ";
            var detail = problem.Message.StartsWith(Prefix, StringComparison.Ordinal) ? problem.Message[Prefix.Length..] : problem.Message;
            sink.Add(GeneratedConfigDiagnostics.JsonSyntax(problem.Location ?? origin, detail.TrimEnd('.')));
        }

        return root;
    }

    private static TargetMetadata? ReadMetadata(JsonFields? o, GeneratedConfigMap configMap, IDiagnosticSink sink, out MetricsCatalogInfo? metricsCatalog)
    {
        metricsCatalog = null;
        if (o is null)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var environment = o.String("environment", required: true);
        var tier = o.String("tier");
        var channel = o.String("channel");
        var region = o.String("region", required: true);
        var team = o.String("team")?.Value;
        var costCenter = o.String("costCenter")?.Value;
        var businessUnit = o.String("businessUnit")?.Value;
        var profile = o.String("monitoringProfile")?.Value;
        var archetype = o.String("archetype")?.Value;
        var size = o.String("size")?.Value;
        var catalog = o.Object("metricsCatalog", "metadata.metricsCatalog");
        if (catalog is not null)
        {
            var url = catalog.String("url", required: true);
            var reference = catalog.String("ref", required: true);
            var commit = catalog.String("commit")?.Value;
            catalog.Finish();
            metricsCatalog = url is null || reference is null ? null : new MetricsCatalogInfo(url.Value, reference.Value, commit);
        }

        o.Finish();
        if (name is null || environment is null || region is null)
        {
            return null;
        }

        var valid = CheckIdentity(name, environment, tier, channel, region, configMap, sink);
        var id = EnvironmentId.Parse(environment.Value);
        return valid
            ? new TargetMetadata(name.Value, environment.Value, tier?.Value ?? id.Tier, channel?.Value ?? id.Channel, region.Value, team, costCenter, businessUnit, profile, archetype, size)
            : null;
    }

    // The identity fields become externalIds and entity selectors, so they are checked, not trusted.
    private static bool CheckIdentity(DocScalar name, DocScalar environment, DocScalar? tier, DocScalar? channel, DocScalar region, GeneratedConfigMap configMap, IDiagnosticSink sink)
    {
        var valid = true;
        void Fail(Diagnostic d)
        {
            sink.Add(d);
            valid = false;
        }

        if (!KubernetesNames.IsDnsLabel(name.Value))
        {
            Fail(GeneratedConfigDiagnostics.InvalidValue(name.ContentLocation, "metadata.name", name.Value, "a service name (1–63 lower-case letters, digits and '-', starting with a letter)"));
        }

        if (!KubernetesNames.IsDnsLabel(region.Value))
        {
            Fail(GeneratedConfigDiagnostics.InvalidValue(region.ContentLocation, "metadata.region", region.Value, "a region name such as 'euw1' (lower-case letters, digits and '-')"));
        }

        var id = EnvironmentId.Parse(environment.Value);
        if (!id.HasKnownTier || id.Channel.Length == 0)
        {
            Fail(GeneratedConfigDiagnostics.InvalidValue(environment.ContentLocation, "metadata.environment", environment.Value, $"<tier>[-<channel>] with tier one of {string.Join(", ", EnvironmentId.Tiers)}"));
            return valid;
        }

        if (tier is not null && tier.Value != id.Tier)
        {
            Fail(GeneratedConfigDiagnostics.InconsistentMetadata(tier.ContentLocation, "metadata.tier", tier.Value, id.Tier, $"environment '{environment.Value}'"));
        }

        if (channel is not null && channel.Value != id.Channel)
        {
            Fail(GeneratedConfigDiagnostics.InconsistentMetadata(channel.ContentLocation, "metadata.channel", channel.Value, id.Channel, $"environment '{environment.Value}'"));
        }

        CheckLabel("app", name, "metadata.name");
        CheckLabel("cost.environment", environment, "metadata.environment");
        CheckLabel("cost.region", region, "metadata.region");
        void CheckLabel(string label, DocScalar field, string fieldName)
        {
            var labelValue = configMap.Labels.FirstOrDefault(l => l.Key == label).Value;
            if (labelValue is not null && labelValue != field.Value)
            {
                Fail(GeneratedConfigDiagnostics.InconsistentMetadata(field.ContentLocation, fieldName, field.Value, labelValue, $"the ConfigMap's label {label}"));
            }
        }

        return valid;
    }

    private static ResolvedApplication ReadMonitoring(JsonFields? o, ApplicationJsonItems items)
    {
        if (o is null)
        {
            return new ResolvedApplication([], null, []);
        }

        var technologies = o.Strings("technologies").Select(t => t.Value).ToList();
        var naming = o.String("requestNaming");
        var attributes = items.RequestAttributes(o.Array("requestAttributes"));
        o.Finish();
        return new ResolvedApplication(technologies, naming is null ? null : items.Resolve(naming.Value, naming.ContentLocation), attributes);
    }

    private static ResolvedSlos ReadSlos(JsonFields? o, ApplicationJsonItems items)
    {
        if (o is null)
        {
            return new ResolvedSlos(null, null, null, null);
        }

        // definedIn: the catalog layer each value came from (see TargetJsonWriter), so translation
        // from the generated file names the same origin as translation from the catalog.
        var definedIn = o.Object("definedIn", "slos.definedIn");
        Resolved<double>? Slo(string key)
        {
            if (o.Number(key) is not { } value)
            {
                return null;
            }

            var resolved = items.Resolve(value, o.LocationOf(key));
            return definedIn?.String(key)?.Value is { } layer ? resolved with { Source = resolved.Source with { Layer = layer } } : resolved;
        }

        var slos = new ResolvedSlos(Slo("availabilityPercent"), Slo("latencyP95Ms"), Slo("latencyP99Ms"), Slo("errorRatePercent"));
        definedIn?.Finish();
        o.Finish();
        return slos;
    }

    private static PrometheusSettings? ReadPrometheus(JsonFields? o)
    {
        if (o is null)
        {
            return null;
        }

        var enabled = o.Bool("enabled", required: true);
        var primary = o.Bool("primary", required: true);
        var purpose = o.String("purpose")?.Value;
        var monitor = o.Object("serviceMonitor", "prometheus.serviceMonitor");
        var interval = monitor?.String("scrapeInterval")?.Value;
        var path = monitor?.String("path")?.Value;
        monitor?.Finish();
        o.Finish();
        return enabled is null || primary is null ? null : new PrometheusSettings(enabled.Value, primary.Value, purpose, interval, path);
    }

    /// <summary>Forwards diagnostics and counts errors, so a target with any error is not returned half-read.</summary>
    private sealed class ErrorTracker(IDiagnosticSink inner) : IDiagnosticSink
    {
        public int Count { get; private set; }

        public void Add(Diagnostic diagnostic)
        {
            if (diagnostic.IsError)
            {
                Count++;
            }

            inner.Add(diagnostic);
        }
    }
}
