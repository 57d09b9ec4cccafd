using System.Text.RegularExpressions;

namespace Pharos.Catalog.Tests.Diagnostics;

/// <summary>The factory, docs/diagnostics.md and the tests must list the same catalog codes.</summary>
public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Every_catalog_code_is_documented_and_tested_and_nothing_else_is() =>
        DiagnosticCodeAudit.AssertDocumentedAndTested(
            "src/Pharos.Catalog/Diagnostics/CatalogDiagnostics.cs", "docs/diagnostics.md", "Pharos.Catalog.Tests", nameof(DiagnosticCatalogTests) + ".cs", CodePattern());

    [GeneratedRegex(@"PH1[0-4]\d\d")]
    private static partial Regex CodePattern();
}
