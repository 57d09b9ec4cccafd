using System.Text.RegularExpressions;
using Pharos.Catalog.Tests.TestSupport;

namespace Pharos.Catalog.Tests.Diagnostics;

/// <summary>The factory, docs/diagnostics.md and the tests must list the same catalog codes.</summary>
public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Every_catalog_code_is_documented_and_tested_and_nothing_else_is()
    {
        var factory = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, "src/Pharos.Catalog/Diagnostics/CatalogDiagnostics.cs")));
        var docs = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/diagnostics.md")));
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests/Pharos.Catalog.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(DiagnosticCatalogTests) + ".cs", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => Codes(File.ReadAllText(f)))
            .ToHashSet();

        Assert.Equal(factory.Order(), docs.Order());
        Assert.Equal([], factory.Where(c => !tests.Contains(c)).Order().ToList());
    }

    private static HashSet<string> Codes(string text) => CodePattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"PH1[0-4]\d\d")]
    private static partial Regex CodePattern();
}
