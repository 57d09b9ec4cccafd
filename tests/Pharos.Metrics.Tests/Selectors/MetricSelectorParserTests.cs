using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;
using static Pharos.Metrics.Tests.Selectors.SelectorTestHelpers;

namespace Pharos.Metrics.Tests.Selectors;

public sealed class MetricSelectorParserTests
{
    [Theory]
    [InlineData("builtin:host.cpu.usage", "builtin", new[] { "host", "cpu", "usage" })]
    [InlineData("func:slo.errorBudgetBurnRate", "func", new[] { "slo", "errorBudgetBurnRate" })]
    [InlineData("calc:service.checkout_errors", "calc", new[] { "service", "checkout_errors" })]
    [InlineData("ext:cloud.aws.ec2.cpu", "ext", new[] { "cloud", "aws", "ec2", "cpu" })]
    [InlineData("cpu.temperature", null, new[] { "cpu", "temperature" })]
    [InlineData("payments.api.latency-p99", null, new[] { "payments", "api", "latency-p99" })]
    [InlineData("system.load.average.1m", null, new[] { "system", "load", "average", "1m" })]
    public void Parse_MetricKey_GivesPrefixAndSections(string text, string? prefix, string[] sections)
    {
        var key = Assert.IsType<MetricKeySyntax>(ParseValid(text));

        Assert.Equal(prefix, key.Prefix);
        Assert.Equal(sections, key.Sections);
        Assert.Equal(text, key.Key);
        Assert.Equal(new SelectorSpan(0, text.Length), key.Span);
    }

    [Fact]
    public void Parse_QuotedSection_UnescapesTildeEscapes()
    {
        var key = Assert.IsType<MetricKeySyntax>(ParseValid("custom.\"5xx_errors\".\"say ~\"hi~\" ~~ bye\""));

        Assert.Equal(["custom", "5xx_errors", "say \"hi\" ~ bye"], key.Sections);
    }

    [Theory]
    [InlineData("builtin:host.*", "builtin:host.*")]
    [InlineData("builtin:*", "builtin:*")]
    [InlineData("custom.metrics.*", "custom.metrics.*")]
    public void Parse_TrailingWildcard_MarksKey(string text, string expectedKey)
    {
        var key = Assert.IsType<MetricKeySyntax>(ParseValid(text));

        Assert.True(key.IsWildcard);
        Assert.Equal(expectedKey, key.Key);
    }

    [Fact]
    public void Parse_CommaSeparatedList_GivesEachSelectorWithSpan()
    {
        var result = MetricSelectorParser.Parse("builtin:host.cpu.usage:avg, builtin:host.mem.usage:max");

        Assert.False(result.HasErrors);
        Assert.Equal(["builtin:host.cpu.usage:avg", "builtin:host.mem.usage:max"], result.CanonicalTexts);
        Assert.Equal(new SelectorSpan(28, 26), result.Selectors[1].Span);
    }

    [Fact]
    public void Parse_TenSelectors_IsAccepted()
    {
        var text = string.Join(',', Enumerable.Range(0, 10).Select(i => $"m{i}.x"));

        Assert.False(MetricSelectorParser.Parse(text).HasErrors);
    }

    [Fact]
    public void Parse_TransformationChain_NestsToTheLeftInReadingOrder()
    {
        var outer = Assert.IsType<TransformSyntax>(ParseValid("a.b:splitBy(\"h\"):avg"));
        var inner = Assert.IsType<TransformSyntax>(outer.Source);

        Assert.Equal(TransformationKind.Avg, outer.Transformation.Kind);
        Assert.Equal(TransformationKind.SplitBy, inner.Transformation.Kind);
        Assert.IsType<MetricKeySyntax>(inner.Source);
        Assert.Equal(new SelectorSpan(3, 13), inner.Transformation.Span);
        Assert.Equal(new SelectorSpan(4, 7), inner.Transformation.NameSpan);
    }

    [Fact]
    public void Parse_MultiplicationAfterDivision_IsLeftAssociative()
    {
        var top = Assert.IsType<BinarySyntax>(ParseValid("(a:avg)/(b:avg)*100"));

        Assert.Equal(ArithmeticOperator.Multiply, top.Operator);
        Assert.Equal("100", Assert.IsType<NumberSyntax>(top.Right).Text);
        var division = Assert.IsType<BinarySyntax>(top.Left);
        Assert.Equal(ArithmeticOperator.Divide, division.Operator);
        Assert.IsType<ParenthesizedSyntax>(division.Left);
    }

    [Fact]
    public void Parse_AdditionAndMultiplication_MultiplicationBindsTighter()
    {
        var top = Assert.IsType<BinarySyntax>(ParseValid("a:sum + b:sum * 2"));

        Assert.Equal(ArithmeticOperator.Add, top.Operator);
        Assert.Equal(ArithmeticOperator.Multiply, Assert.IsType<BinarySyntax>(top.Right).Operator);
    }

    [Fact]
    public void Parse_SubtractionChain_IsLeftAssociative()
    {
        var top = Assert.IsType<BinarySyntax>(ParseValid("a - b - c"));

        Assert.Equal("a", Assert.IsType<MetricKeySyntax>(Assert.IsType<BinarySyntax>(top.Left).Left).Key);
        Assert.Equal("c", Assert.IsType<MetricKeySyntax>(top.Right).Key);
    }

    [Fact]
    public void Parse_HyphenWithoutSpaces_BelongsToTheKey()
    {
        Assert.Equal("a-b", Assert.IsType<MetricKeySyntax>(ParseValid("a-b")).Key);
    }

    [Fact]
    public void Parse_DocumentationExpression_ParsesNumbersAndTransformations()
    {
        var text = "(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())";

        Assert.Equal(text, Canonical(text));
    }

    [Theory]
    [InlineData("-5", -5.0)]
    [InlineData("1.5e3", 1500.0)]
    [InlineData(".5", 0.5)]
    public void Parse_NumberLiteral_GivesValueAndText(string text, double value)
    {
        var number = Assert.IsType<NumberSyntax>(ParseValid(text));

        Assert.Equal((value, text), (number.Value, number.Text));
    }

    [Fact]
    public void Parse_NegatedExpression_GivesNegation()
    {
        var negation = Assert.IsType<NegationSyntax>(ParseValid("-(a:avg)"));

        Assert.IsType<ParenthesizedSyntax>(negation.Operand);
    }

    [Fact]
    public void Parse_Whitespace_IsIgnoredAroundTokens()
    {
        Assert.Equal("a:avg+b:max", Canonical("  a :avg +\n b:max  "));
    }

    [Fact]
    public void Parse_KeyGroupingAndEmptySection_ReportButStillReturnTree()
    {
        var result = MetricSelectorParser.Parse("builtin:host.cpu.(idle,user):avg");

        Assert.Equal(["PH4019"], result.Diagnostics.Select(d => d.Code));
        Assert.IsType<TransformSyntax>(Assert.Single(result.Selectors));
    }
}
