using System.Text.RegularExpressions;

namespace Pharos.Evaluation.Tests.Diagnostics;

/// <summary>The factory, docs/evaluation.md and the tests must list the same codes.</summary>
public sealed partial class EvaluationDiagnosticCatalogTests
{
    [Fact]
    public void Every_evaluation_code_is_documented_and_tested_and_nothing_else_is() =>
        DiagnosticCodeAudit.AssertDocumentedAndTested(
            "src/Pharos.Evaluation/Diagnostics/EvaluationDiagnostics.cs", "docs/evaluation.md", "Pharos.Evaluation.Tests", nameof(EvaluationDiagnosticCatalogTests) + ".cs", CodePattern());

    [GeneratedRegex(@"PH50\d\d")]
    private static partial Regex CodePattern();
}
