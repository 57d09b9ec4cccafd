namespace Pharos.Catalog.Documents;

internal static class SourceText
{
    public static IReadOnlyList<string> SplitLines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
