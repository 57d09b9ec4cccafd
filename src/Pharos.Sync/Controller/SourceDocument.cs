using Pharos.Catalog.Output;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller;

/// <summary>
/// One generated ConfigMap as a source currently sees it. <see cref="Key"/> is stable for the
/// ConfigMap's life (<c>&lt;namespace&gt;/&lt;name&gt;</c>, or the path under the generated folder);
/// <see cref="ContentHash"/> changes exactly when what it means changes (namespace, name, labels,
/// application.json — not annotations, so status write-backs never look like changes).
/// <see cref="ConfigMap"/> is null when the file could not be read as a ConfigMap at all, and
/// <see cref="ReadDiagnostics"/> says why.
/// </summary>
public sealed record SourceDocument(string Key, GeneratedConfigMap? ConfigMap, IReadOnlyList<Diagnostic> ReadDiagnostics, string ContentHash)
{
    /// <summary>The file diagnostics and provenance name for this document.</summary>
    public string File => ConfigMap?.ApplicationJsonOrigin.File ?? Key;
}
