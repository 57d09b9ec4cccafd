using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// A generated ConfigMap as the sync controller finds it — in a generated folder or in Kubernetes:
/// where it lives, its labels and the raw text of its application.json (null when the key is
/// missing). <see cref="ApplicationJsonOrigin"/> is where the first character of application.json
/// sits, so diagnostics and provenance point at real lines: inside the YAML file for a folder, or
/// line:column of application.json itself under <c>&lt;namespace&gt;/&lt;name&gt;</c> for Kubernetes.
/// </summary>
public sealed record GeneratedConfigMap(
    string Namespace,
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    string? ApplicationJson,
    SourceLocation ApplicationJsonOrigin,
    SourceLocation Location)
{
    /// <summary><c>&lt;namespace&gt;/&lt;name&gt;</c>, how Kubernetes users name a ConfigMap.</summary>
    public string QualifiedName => $"{Namespace}/{Name}";

    /// <summary>A ConfigMap read from the Kubernetes API: locations are <c>&lt;namespace&gt;/&lt;name&gt;</c> plus the line in application.json.</summary>
    public static GeneratedConfigMap FromApi(string @namespace, string name, IReadOnlyList<KeyValuePair<string, string>> labels, string? applicationJson)
    {
        var at = new SourceLocation($"{@namespace}/{name}", 1, 1);
        return new GeneratedConfigMap(@namespace, name, labels, applicationJson, at, at);
    }
}
