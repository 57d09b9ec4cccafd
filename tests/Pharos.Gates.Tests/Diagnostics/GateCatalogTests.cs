using System.Reflection;
using System.Text.RegularExpressions;
using Pharos.Gates.Decisions;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Diagnostics;

/// <summary>The factory, the docs and the tests must list the same codes.</summary>
public partial class GateCatalogTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "gates.md"));

    private static IReadOnlyList<string> FactoryCodes()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Pharos.Gates", "Diagnostics", "GateDiagnostics.cs"));
        return [.. CodeLiteral().Matches(source).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void EveryFactoryCode_IsDocumentedAndNothingElse()
    {
        var documented = DocumentedCode().Matches(Docs).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(FactoryCodes(), documented);
    }

    [Fact]
    public void EveryFactoryCode_HasATestThatShowsItsMessage()
    {
        var tests = Directory.EnumerateFiles(RepoPaths.TestProject("Pharos.Gates.Tests"), "*Tests.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(GateCatalogTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        var untested = FactoryCodes().Where(code => !tests.Any(t => t.Contains($"\"{code}\"", StringComparison.Ordinal))).ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public void EveryReasonCode_IsDocumented()
    {
        var codes = typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Contains(ReasonCodes.DataUnavailable, codes);
        var undocumented = codes.Where(c => !Docs.Contains($"`{c}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(undocumented);
    }

    [GeneratedRegex("\"(PH6\\d{3})\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex("^\\| (PH6\\d{3}) \\|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
