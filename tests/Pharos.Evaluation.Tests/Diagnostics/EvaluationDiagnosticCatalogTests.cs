using System.Text.RegularExpressions;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.Diagnostics;

/// <summary>The factory, docs/evaluation.md and the tests must list the same codes.</summary>
public sealed partial class EvaluationDiagnosticCatalogTests
{
    [Fact]
    public void Every_evaluation_code_is_documented_and_tested_and_nothing_else_is()
    {
        var factory = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, "src/Pharos.Evaluation/Diagnostics/EvaluationDiagnostics.cs")));
        var docs = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/evaluation.md")));
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests/Pharos.Evaluation.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(EvaluationDiagnosticCatalogTests) + ".cs", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => Codes(File.ReadAllText(f)))
            .ToHashSet();

        Assert.Equal(factory.Order(), docs.Order());
        Assert.Equal([], factory.Where(c => !tests.Contains(c)).Order().ToList());
    }

    private static HashSet<string> Codes(string text) => CodePattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"PH50\d\d")]
    private static partial Regex CodePattern();
}
