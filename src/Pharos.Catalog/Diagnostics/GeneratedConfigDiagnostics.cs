using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Diagnostics;

/// <summary>
/// The one place diagnostics about reading generated output back are created (PH1501–PH1529): a
/// ConfigMap written by <c>pharos generate</c> and its application.json, as the sync controller
/// reads them from a folder or from Kubernetes. The files are generated, so most fixes are
/// "regenerate, do not edit"; messages say so.
/// </summary>
public static class GeneratedConfigDiagnostics
{
    private const string Regenerate = "The file is generated: change the catalog and run 'pharos generate' again instead of editing it";

    public static Diagnostic ConfigMapSyntax(SourceLocation at, string detail) =>
        Error("PH1501", at, $"the ConfigMap is not valid YAML: {detail}. {Regenerate}, or restore it from version control.");

    public static Diagnostic NotAConfigMap(SourceLocation at, string kind) =>
        Error("PH1502", at, $"the document is a {kind}, not a ConfigMap. The sync controller reads only the ConfigMaps 'pharos generate' writes (monitoring/dynatrace-app-config.yaml); move other documents elsewhere.");

    public static Diagnostic ConfigMapFieldMissing(SourceLocation at, string field) =>
        Error("PH1503", at, $"the ConfigMap has no {field}. {Regenerate}.");

    public static Diagnostic ApplicationJsonMissing(SourceLocation at, string configMap) =>
        Error("PH1504", at, $"ConfigMap {configMap} has no data.\"application.json\". It carries the label monitoring.tool=dynatrace, so the controller expects one: regenerate it with 'pharos generate', or remove the label if it is not a Pharos ConfigMap.");

    public static Diagnostic JsonSyntax(SourceLocation at, string detail) =>
        Error("PH1505", at, $"application.json is not valid JSON: {detail}. {Regenerate}.");

    public static Diagnostic WrongKind(SourceLocation at, string field, string expected, string actual) =>
        Error("PH1506", at, $"application.json: '{field}' must be {expected}, but is {actual}. {Regenerate}.");

    public static Diagnostic RequiredField(SourceLocation at, string field, string context) =>
        Error("PH1507", at, $"application.json: {context} has no '{field}'. {Regenerate}.");

    public static Diagnostic UnknownField(SourceLocation at, string field, string context, IEnumerable<string> known) =>
        Error("PH1508", at, $"application.json: unknown field '{field}' in {context}.{NameSuggester.DidYouMean(field, known)} If a newer pharos wrote it, upgrade the sync controller to the same version; otherwise regenerate the file.");

    public static Diagnostic InvalidValue(SourceLocation at, string field, string value, string expected) =>
        Error("PH1509", at, $"application.json: '{field}' is '{value}', but must be {expected}. {Regenerate}.");

    public static Diagnostic InconsistentMetadata(SourceLocation at, string field, string value, string expected, string because) =>
        Error("PH1510", at, $"application.json: '{field}' is '{value}', but {because} makes it '{expected}'. The two disagree, so the file was edited by hand: change the catalog and run 'pharos generate' again.");

    public static Diagnostic DuplicateItem(SourceLocation at, string kind, string name, SourceLocation first) =>
        Error("PH1511", at, $"application.json: {kind} '{name}' appears twice (first at {first}). Names are keys and 'pharos generate' never writes duplicates, so the file was edited by hand: change the catalog and run 'pharos generate' again.");

    public static Diagnostic DuplicateKey(SourceLocation at, string key, SourceLocation first) =>
        Error("PH1512", at, $"application.json: key '{key}' appears twice in the same object (first at {first}). Remove one of them, or regenerate the file.");

    public static Diagnostic DuplicateTarget(SourceLocation at, string service, string environment, string region, string other) =>
        Error("PH1513", at, $"service '{service}' in {environment}/{region} is also described by {other}. One target must come from one ConfigMap, or the controller cannot tell which is right; delete the stray copy (often a ConfigMap left behind in an old namespace).");

    public static Diagnostic FolderMissing(string folder) =>
        Error("PH1514", new SourceLocation(folder, 1, 1), $"generated folder '{folder}' does not exist. Run 'pharos generate --out {folder}' first, or point --generated at the folder that holds <service>/<env>/<region>/monitoring/dynatrace-app-config.yaml.");

    public static Diagnostic FolderEmpty(string folder) =>
        Error("PH1515", new SourceLocation(folder, 1, 1), $"generated folder '{folder}' has no <service>/<env>/<region>/monitoring/dynatrace-app-config.yaml, so there is nothing to sync. Check the path, or run 'pharos generate' into it.");

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(code, Severity.Error, message, at);
}
