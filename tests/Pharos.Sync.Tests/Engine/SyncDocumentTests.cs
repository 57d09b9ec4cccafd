using System.Text.RegularExpressions;
using Pharos.Sync.Tests.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>docs/sync.md stays in step with the code: every sync diagnostic code documented once, and tested.</summary>
public sealed partial class SyncDocumentTests
{
    private static readonly string Root = ExampleCatalogFixture.RepoRoot();

    [Fact]
    public void EveryDiagnosticCode_IsDocumentedOnceAndShownByATest()
    {
        var source = File.ReadAllText(Path.Combine(Root, "src", "Pharos.Sync", "Engine", "SyncDiagnostics.cs"));
        var document = File.ReadAllText(Path.Combine(Root, "docs", "sync.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(Root, "tests", "Pharos.Sync.Tests", "Engine"), "*Tests.cs")
            .Where(f => !f.EndsWith(nameof(SyncDocumentTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var codes = Code().Matches(source).Select(m => m.Groups[1].Value).ToList();
        var documented = DocumentedCode().Matches(document).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(8, codes.Count);
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.All(codes, code => Assert.Contains($"\"{code}\"", tests, StringComparison.Ordinal));
    }

    [GeneratedRegex("\"(PH31\\d\\d)\"")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\| (PH31\d\d) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
