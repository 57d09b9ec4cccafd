using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors;
using static Pharos.Metrics.Tests.Selectors.SelectorTestHelpers;

namespace Pharos.Metrics.Tests.Selectors;

/// <summary>Every selector diagnostic code with its exact message and location (1-based column).</summary>
public sealed class SelectorDiagnosticsTests
{
    [Theory]
    [InlineData("", "PH4001", 1, "The metric selector is empty; write at least one metric key, e.g. builtin:host.cpu.usage:avg.")]
    [InlineData("a + #", "PH4002", 5, "Unexpected '#'; expected a metric key, a number or '('. If it is part of a key, quote it as \"…\" and write ~\" for a quote and ~~ for a tilde inside.")]
    [InlineData("(a:avg", "PH4003", 1, "The '(' here is never closed; add ')'.")]
    [InlineData("\"abc", "PH4004", 1, "The quoted text starting here is never closed; end it with '\"' (write ~\" for a quote inside).")]
    [InlineData("\"a~b\"", "PH4005", 3, "'~b' is not an escape; inside quotes only ~\" (quote) and ~~ (tilde) are escapes.")]
    [InlineData("m.x:", "PH4006", 4, "Expected a transformation name after ':', e.g. :avg or :splitBy(\"dt.entity.host\").")]
    [InlineData("m.x:splitby()", "PH4007", 5, "Unknown transformation ':splitby'. Did you mean 'splitBy'?")]
    [InlineData("m.x:avg(1)", "PH4008", 4, "':avg' takes no arguments (got 1); write e.g. :avg.")]
    [InlineData("m.x:percentile", "PH4008", 4, "':percentile' takes 1 argument (got 0); write e.g. :percentile(90).")]
    [InlineData("m.x:filter(eq(\"a\"))", "PH4008", 12, "'eq(…)' takes 2 arguments (got 1); write e.g. eq(\"dt.entity.host\",\"HOST-1\").")]
    [InlineData("m.x:splitBy(5)", "PH4009", 13, "Expected a dimension key in :splitBy; write e.g. :splitBy(\"dt.entity.host\").")]
    [InlineData("m.x:fold(avgg)", "PH4010", 10, "'avgg' is not an aggregation; use auto, avg, count, max, median, min, percentile(N), sum or value. Did you mean 'avg'?")]
    [InlineData("m.x:rollup(auto,5m)", "PH4026", 12, "'auto' is not allowed in :rollup; use avg, count, max, median, min, percentile(N), sum or value.")]
    [InlineData("m.x:percentile(101)", "PH4011", 16, "Percentile 101 is out of range; use a number from 0 to 100, e.g. percentile(99.9).")]
    [InlineData("m.x:rate(5x)", "PH4012", 10, "'5x' is not a duration; write a whole number and a unit s, m, h, d, w, M, q or y, e.g. 5m or -1d.")]
    [InlineData("m.x:rollup(avg,2h)", "PH4013", 16, "The rollup window 2h is longer than 60 minutes; use at most 60m (or 1h).")]
    [InlineData("m.x:timeshift(-6y)", "PH4014", 15, "The timeshift -6y is longer than 5 years; shift by at most 5y.")]
    [InlineData("m.x:sort(avg)", "PH4015", 10, "'avg' is not a sort key; use value(<aggregation>,ascending|descending) or dimension(\"<key>\",ascending|descending[,lexical|natural]).")]
    [InlineData("m.x:filter(exists(\"a\"))", "PH4016", 12, "'exists' is not a filter condition; use eq, ne, prefix, suffix, contains, in, existsKey, remainder, series, and, or or not. Did you mean 'existsKey'?")]
    [InlineData("m.x:limit(0)", "PH4017", 11, "The limit '0' is not a positive whole number; write e.g. :limit(10).")]
    [InlineData("m.x:limit(2.5)", "PH4017", 11, "The limit '2.5' is not a positive whole number; write e.g. :limit(10).")]
    [InlineData("builtin:host.cpu.(idle,user)", "PH4019", 18, "Grouped keys such as builtin:host.cpu.(idle,user) are not supported; list the keys separately: builtin:host.cpu.idle,builtin:host.cpu.user.")]
    [InlineData("a:avg b:avg", "PH4021", 7, "Unexpected 'b:avg' after the selector; separate selectors with ',' and combine them with + - * /.")]
    [InlineData("a +", "PH4022", 4, "Expected a metric key, a number or '(' here.")]
    [InlineData("a,,b", "PH4022", 3, "Expected a metric key, a number or '(' here.")]
    [InlineData("1e999", "PH4023", 1, "'1e999' is not a number.")]
    [InlineData("a..b", "PH4024", 2, "A metric key section is empty; separate sections with a single '.' and do not end the key with '.'. If a section starts with a special character, quote it as \"…\" and write ~\" for a quote and ~~ for a tilde inside.")]
    [InlineData("custom.\"\"", "PH4024", 8, "A metric key section is empty; separate sections with a single '.' and do not end the key with '.'. If a section starts with a special character, quote it as \"…\" and write ~\" for a quote and ~~ for a tilde inside.")]
    [InlineData("m.x:filter(series(avg,greater(5)))", "PH4025", 23, "'greater' is not a comparison; use lt, le, eq, ne, gt or ge, e.g. series(avg,gt(80)).")]
    [InlineData("m.x:smooth(skip)", "PH4026", 12, "'skip' is not allowed in :smooth; use skipfirst.")]
    [InlineData("m.x:sort(value(avg,down))", "PH4026", 20, "'down' is not allowed in value(…); use ascending or descending.")]
    [InlineData("m.x:default(0,sometimes)", "PH4026", 15, "'sometimes' is not allowed in :default; use always.")]
    [InlineData("m.x:splitBy(\"a\",)", "PH4027", 17, "An argument is missing here; remove the extra ',' or fill in the value.")]
    [InlineData("m.x:rate(0m)", "PH4028", 10, "The duration 0m in :rate must be greater than zero.")]
    public void Parse_InvalidSelector_ReportsCodeMessageAndColumn(string text, string code, int column, string message)
    {
        var diagnostic = SingleDiagnostic(text);

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation("metricSelector", 1, column), diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Parse_ElevenSelectors_ReportsTooManyAtTheEleventh()
    {
        var text = string.Join(',', Enumerable.Range(0, 11).Select(i => $"m{i}.x"));

        var diagnostic = SingleDiagnostic(text);

        Assert.Equal("PH4018", diagnostic.Code);
        Assert.Equal(51, diagnostic.Location!.Column);
        Assert.Equal("The selector lists 11 metrics; at most 10 are allowed per query. Split it into several queries.", diagnostic.Message);
    }

    [Fact]
    public void Parse_NestingDeeperThanLimit_ReportsOnceAndStops()
    {
        var text = new string('(', 40) + "a" + new string(')', 40);

        var diagnostic = SingleDiagnostic(text);

        Assert.Equal("PH4020", diagnostic.Code);
        Assert.Equal(33, diagnostic.Location!.Column);
        Assert.Equal("The selector nests parentheses deeper than 32 levels; simplify the expression.", diagnostic.Message);
    }

    [Fact]
    public void Parse_SelectorOnSecondLine_ReportsLineAndColumn()
    {
        var result = MetricSelectorParser.Parse("a:avg,\n b:avgg", "query.yaml");

        Assert.Equal(new SourceLocation("query.yaml", 2, 4), Assert.Single(result.Diagnostics).Location);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllAndKeepsTheValidSelectors()
    {
        var result = MetricSelectorParser.Parse("a:avgg,b:max,c:limit(x)");

        Assert.Equal(["PH4007", "PH4017"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(3, result.Selectors.Count);
        Assert.Equal("b:max", result.Selectors[1].ToString());
    }
}
