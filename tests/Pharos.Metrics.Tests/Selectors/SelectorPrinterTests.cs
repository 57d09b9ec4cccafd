using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;
using static Pharos.Metrics.Tests.Selectors.SelectorTestHelpers;

namespace Pharos.Metrics.Tests.Selectors;

public sealed class SelectorPrinterTests
{
    [Theory]
    [InlineData("builtin:host.cpu.usage:avg", "builtin:host.cpu.usage:avg")]
    [InlineData(" builtin:host.cpu.usage : splitBy ( \"dt.entity.host\" ) : avg ", "builtin:host.cpu.usage:splitBy(\"dt.entity.host\"):avg")]
    [InlineData("custom.\"5xx_errors\"", "custom.\"5xx_errors\"")]
    [InlineData("\"plain\".key", "plain.key")]
    [InlineData("custom.\"with space\"", "custom.\"with space\"")]
    [InlineData("custom.\"q~\"uote~~\"", "custom.\"q~\"uote~~\"")]
    [InlineData("\"5xx\".errors", "\"5xx\".errors")]
    [InlineData("\"builtin\":avg", "\"builtin\":avg")]
    [InlineData("a - b", "a - b")]
    [InlineData("(a)-(b)", "(a) - (b)")]
    [InlineData("a:avg / b:avg * 100", "a:avg/b:avg*100")]
    [InlineData("m.x:filter( and( eq(\"a\", \"1\"), ne( b , 2 ) ) )", "m.x:filter(and(eq(\"a\",\"1\"),ne(b,2)))")]
    [InlineData("m.x:rollup(avg, 5m):timeshift(-1d)", "m.x:rollup(avg,5m):timeshift(-1d)")]
    [InlineData("- (a:avg)", "-(a:avg)")]
    [InlineData("- 5", "-5")]
    [InlineData("a - -b", "a - -b")]
    public void Print_ParsedSelector_GivesCanonicalText(string text, string canonical)
    {
        Assert.Equal(canonical, Canonical(text));
    }

    [Theory]
    [InlineData("builtin:host.cpu.usage:filter(and(eq(\"os\",\"linux\"),not(prefix(\"dt.entity.host\",\"HOST-A\")))):splitBy(\"dt.entity.host\"):sort(value(avg,descending)):limit(5)")]
    [InlineData("(builtin:service.errors.total.count:splitBy():value:default(0))/(builtin:service.requestCount.total:splitBy():value)*100")]
    [InlineData("func:slo.errorBudgetBurnRate.payments:last:names:parents")]
    [InlineData("a:sum - (b:sum - c:sum)")]
    [InlineData("(a:sum + b:sum) * 2")]
    [InlineData("custom.\"~~tilde~\"quote\":setUnit(\"Byte/Second\")")]
    [InlineData("m.x:partition(\"latency\",value(\"slow\",gt(200)),value(\"fast\",otherwise)):fold(percentile(99.9))")]
    public void Print_ThenParse_GivesSameText(string text)
    {
        var first = Canonical(text);

        Assert.Equal(first, Canonical(first));
    }

    [Fact]
    public void Print_TreeBuiltWithoutParentheses_AddsThemWherePrecedenceNeedsThem()
    {
        var a = Key("a");
        var b = Key("b");
        var c = Key("c");
        var sum = new BinarySyntax(a, ArithmeticOperator.Add, b, default);
        var product = new BinarySyntax(sum, ArithmeticOperator.Multiply, c, default);
        var difference = new BinarySyntax(a, ArithmeticOperator.Subtract, new BinarySyntax(b, ArithmeticOperator.Subtract, c, default), default);
        var transformed = new TransformSyntax(sum, new TransformationSyntax("avg", TransformationKind.Avg, [], false, default, default), default);

        Assert.Equal("(a+b)*c", product.ToString());
        Assert.Equal("a - (b - c)", difference.ToString());
        Assert.Equal("(a+b):avg", transformed.ToString());
    }

    [Fact]
    public void ToCanonicalString_SeveralSelectors_JoinsWithComma()
    {
        Assert.Equal("a:avg,b:max", MetricSelectorParser.Parse("a : avg , b:max").ToCanonicalString());
    }

    private static MetricKeySyntax Key(string name) => new(null, [name], false, default);
}
