using System.Reflection;
using System.Text.RegularExpressions;

namespace Pharos.Sync.Tests.Translation;

/// <summary>docs/dynatrace-mapping.md stays in step with the code: every code documented, every table row tested.</summary>
public sealed partial class MappingDocumentTests
{
    private static readonly string Root = ExampleCatalogFixture.RepoRoot();
    private static readonly string Document = File.ReadAllText(Path.Combine(Root, "docs", "dynatrace-mapping.md"));

    [Fact]
    public void EveryDiagnosticCode_IsDocumentedOnce()
    {
        var source = File.ReadAllText(Path.Combine(Root, "src", "Pharos.Sync", "Translation", "TranslationDiagnostics.cs"));
        var codes = Code().Matches(source).Select(m => m.Groups[1].Value).ToList();
        var documented = DocumentedCode().Matches(Document).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryTranslationTableRow_NamesTestsThatExist()
    {
        var table = Document[Document.IndexOf("## Translation table", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var rows = table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Catalog", StringComparison.Ordinal)).ToList();
        var types = typeof(MappingDocumentTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(MappingDocumentTests).Namespace && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);

        Assert.True(rows.Count >= 25);

        // A name starting with '…' continues the test class named last, possibly in an earlier row.
        Type? current = null;
        foreach (var row in rows)
        {
            var testColumn = row.TrimEnd().TrimEnd('|').Split('|')[^1];
            var names = Backticked().Matches(testColumn).Select(m => m.Groups[1].Value).ToList();
            Assert.True(names.Count > 0, $"row without a test: {row}");
            foreach (var name in names)
            {
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                if (!name.StartsWith('…'))
                {
                    current = types[dot < 0 ? name : name[..dot]];
                }

                if (dot < 0 && !name.StartsWith('…'))
                {
                    continue;
                }

                var prefix = (name.StartsWith('…') ? name[1..] : name[(dot + 1)..]).TrimEnd('…');
                Assert.True(
                    current!.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)),
                    $"no test {current.Name}.{prefix}… for row: {row}");
            }
        }
    }

    [GeneratedRegex("\"(PH30\\d\\d)\"")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\| (PH30\d\d) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();

    [GeneratedRegex("`([A-Za-z…][A-Za-z0-9_.…]*)`")]
    private static partial Regex Backticked();
}
