using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>
/// Reads one metrics-catalog file (seed 001 §4.2): a ConfigMap whose
/// <c>data."dynatrace-custom-metrics.json"</c> holds customMetrics, alertRules and dashboards.
/// Diagnostics inside the JSON point at the file's own lines.
/// </summary>
public static class MetricsCatalogFileReader
{
    public const string PayloadKey = "dynatrace-custom-metrics.json";

    public static MetricsCatalogDocument Read(string yaml, string file, IDiagnosticSink sink)
    {
        var top = MappingReader.From(YamlDocumentReader.Read(yaml, file, sink), file, $"ConfigMap {file}", sink);
        if (top is null)
        {
            return MetricsCatalogDocument.Empty(file);
        }

        var kind = top.String("kind");
        top.String("apiVersion");
        top.Node("metadata");
        var data = top.Child("data", $"data of {file}");
        top.Finish();
        if (kind is not null && kind != "ConfigMap")
        {
            sink.Add(CatalogDiagnostics.MetricsCatalogNotConfigMap(top.LocationOf("kind"), file, kind));
            return MetricsCatalogDocument.Empty(file);
        }

        // Other data keys (README text, Grafana JSON, ...) are the observability team's business.
        var payload = data?.Mapping.Find(PayloadKey)?.Value as DocScalar;
        if (payload is null)
        {
            sink.Add(CatalogDiagnostics.MetricsFileWithoutPayload(data?.Location ?? top.Location, file));
            return MetricsCatalogDocument.Empty(file);
        }

        var json = MappingReader.From(JsonDocumentReader.Read(payload.Value, payload.ContentLocation, sink), PayloadKey, PayloadKey, sink);
        if (json is null)
        {
            return MetricsCatalogDocument.Empty(file);
        }

        var metrics = ItemReaders.CustomMetrics(json.Sequence("customMetrics"), sink);
        var rules = ItemReaders.AlertRules(json.Sequence("alertRules"), sink);
        var dashboards = ItemReaders.Dashboards(json.Sequence("dashboards"), sink);
        json.Finish();
        return new MetricsCatalogDocument(file, metrics, rules, dashboards, json.Location);
    }

    /// <summary>Files of a metrics-catalog folder that carry metrics (kustomization files are Kustomize's).</summary>
    public static bool IsMetricsFile(string fileName) =>
        (fileName.EndsWith(".yaml", StringComparison.Ordinal) || fileName.EndsWith(".yml", StringComparison.Ordinal))
        && !fileName.StartsWith("kustomization.", StringComparison.Ordinal);
}
