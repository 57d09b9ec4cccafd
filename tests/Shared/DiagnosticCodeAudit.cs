using System.Text.RegularExpressions;

namespace Pharos.Tests.Shared;

/// <summary>
/// Checks that an area's diagnostic factory, its docs page and its tests name the same codes: every code the
/// factory creates is documented (and the docs list no other), and every one appears in some test.
/// </summary>
internal static class DiagnosticCodeAudit
{
    /// <param name="factory">The factory source, relative to the repository root.</param>
    /// <param name="docs">The docs page listing the codes, relative to the repository root.</param>
    /// <param name="testProject">The test project folder under <c>tests/</c>.</param>
    /// <param name="auditTestFile">The file holding the audit test itself (its codes do not count as tests).</param>
    public static void AssertDocumentedAndTested(string factory, string docs, string testProject, string auditTestFile, Regex code)
    {
        var factoryCodes = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, factory)), code);
        var docsCodes = Codes(File.ReadAllText(Path.Combine(RepoPaths.Root, docs)), code);
        var tests = Directory.EnumerateFiles(RepoPaths.TestProject(testProject), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(auditTestFile, StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => Codes(File.ReadAllText(f), code))
            .ToHashSet();

        Assert.Equal(factoryCodes.Order(), docsCodes.Order());
        Assert.Equal([], factoryCodes.Where(c => !tests.Contains(c)).Order().ToList());
    }

    private static HashSet<string> Codes(string text, Regex code) => code.Matches(text).Select(m => m.Value).ToHashSet();
}
