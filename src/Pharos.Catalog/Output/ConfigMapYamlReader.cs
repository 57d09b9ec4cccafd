using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Reads a generated <c>monitoring/dynatrace-app-config.yaml</c> into a <see cref="GeneratedConfigMap"/>:
/// namespace, name, labels and the application.json block with its position in the file. Only
/// what the controller needs is checked here; application.json is read by <see cref="ApplicationJsonReader"/>.
/// Never throws on user input.
/// </summary>
public static class ConfigMapYamlReader
{
    public static GeneratedConfigMap? Read(string yaml, string file, IDiagnosticSink sink)
    {
        var documentProblems = new DiagnosticBag();
        var root = YamlDocumentReader.Read(yaml, file, documentProblems);
        foreach (var problem in documentProblems.ToSortedList())
        {
            sink.Add(GeneratedConfigDiagnostics.ConfigMapSyntax(problem.Location ?? new SourceLocation(file, 1, 1), Detail(problem.Message)));
        }

        var fileStart = new SourceLocation(file, 1, 1);
        if (root is not DocMapping top)
        {
            if (documentProblems.ToSortedList().Count == 0)
            {
                sink.Add(GeneratedConfigDiagnostics.ConfigMapSyntax(root?.Location ?? fileStart, "the file does not hold a YAML mapping (apiVersion, kind, metadata, data)"));
            }

            return null;
        }

        var kind = top.Find("kind")?.Value as DocScalar;
        if (kind?.Value != "ConfigMap")
        {
            sink.Add(GeneratedConfigDiagnostics.NotAConfigMap(kind?.Location ?? top.Location, kind?.Value ?? "document without 'kind'"));
            return null;
        }

        var metadata = top.Find("metadata")?.Value as DocMapping;
        var name = Text(metadata, "name");
        var @namespace = Text(metadata, "namespace");
        if (name is null || @namespace is null)
        {
            sink.Add(GeneratedConfigDiagnostics.ConfigMapFieldMissing(metadata?.Location ?? top.Location, name is null ? "metadata.name" : "metadata.namespace"));
            return null;
        }

        var labels = new List<KeyValuePair<string, string>>();
        if (metadata!.Find("labels")?.Value is DocMapping labelMapping)
        {
            foreach (var entry in labelMapping.Entries)
            {
                if (entry.Value is DocScalar { IsNull: false } value)
                {
                    labels.Add(new(entry.Key, value.Value));
                }
            }
        }

        var data = top.Find("data")?.Value as DocMapping;
        var payload = data?.Find(ApplicationJsonReader.DataKey)?.Value as DocScalar;
        var origin = payload?.ContentLocation ?? data?.Location ?? top.Location;
        return new GeneratedConfigMap(@namespace, name, labels, payload?.Value, origin, top.Location);
    }

    private static string? Text(DocMapping? mapping, string key) =>
        mapping?.Find(key)?.Value is DocScalar { IsNull: false, Value.Length: > 0 } scalar ? scalar.Value : null;

    // The document readers' messages read "YAML syntax error: <detail>."; PH1501 says it in its own words.
    private static string Detail(string message)
    {
        const string Prefix = "YAML syntax error: ";
        var detail = message.StartsWith(Prefix, StringComparison.Ordinal) ? message[Prefix.Length..] : message;
        return detail.TrimEnd('.');
    }
}
