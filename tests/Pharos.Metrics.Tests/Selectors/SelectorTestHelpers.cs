using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Tests.Selectors;

internal static class SelectorTestHelpers
{
    public static SelectorExpression ParseValid(string text)
    {
        var result = MetricSelectorParser.Parse(text);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Selectors);
    }

    public static string Canonical(string text) => ParseValid(text).ToString();

    /// <summary>The single diagnostic of <paramref name="text"/>.</summary>
    public static Pharos.Core.Diagnostics.Diagnostic SingleDiagnostic(string text)
    {
        var result = MetricSelectorParser.Parse(text);
        return Assert.Single(result.Diagnostics);
    }

    public static TransformationSyntax LastTransformation(SelectorExpression expression) =>
        Assert.IsType<TransformSyntax>(expression).Transformation;
}
