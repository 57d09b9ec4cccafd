using Pharos.Metrics.Selectors.Syntax;
using static Pharos.Metrics.Tests.Selectors.SelectorTestHelpers;

namespace Pharos.Metrics.Tests.Selectors;

public sealed class TransformationParseTests
{
    [Theory]
    [InlineData("m.x:auto", TransformationKind.Auto)]
    [InlineData("m.x:avg", TransformationKind.Avg)]
    [InlineData("m.x:count", TransformationKind.Count)]
    [InlineData("m.x:max", TransformationKind.Max)]
    [InlineData("m.x:median", TransformationKind.Median)]
    [InlineData("m.x:min", TransformationKind.Min)]
    [InlineData("m.x:percentile(99.9)", TransformationKind.Percentile)]
    [InlineData("m.x:sum", TransformationKind.Sum)]
    [InlineData("m.x:value", TransformationKind.Value)]
    [InlineData("m.x:asGauge", TransformationKind.AsGauge)]
    [InlineData("m.x:default(0)", TransformationKind.Default)]
    [InlineData("m.x:default(-1.5,always)", TransformationKind.Default)]
    [InlineData("m.x:avg:delta", TransformationKind.Delta)]
    [InlineData("m.x:filter(eq(\"dt.entity.host\",\"HOST-1\"))", TransformationKind.Filter)]
    [InlineData("m.x:fold", TransformationKind.Fold)]
    [InlineData("m.x:fold()", TransformationKind.Fold)]
    [InlineData("m.x:fold(avg)", TransformationKind.Fold)]
    [InlineData("m.x:fold(percentile(95))", TransformationKind.Fold)]
    [InlineData("m.x:last", TransformationKind.Last)]
    [InlineData("m.x:last(max)", TransformationKind.Last)]
    [InlineData("m.x:lastReal(avg)", TransformationKind.LastReal)]
    [InlineData("m.x:limit(10)", TransformationKind.Limit)]
    [InlineData("m.x:merge(\"dt.entity.host\",\"cpu\")", TransformationKind.Merge)]
    [InlineData("m.x:names", TransformationKind.Names)]
    [InlineData("m.x:parents", TransformationKind.Parents)]
    [InlineData("m.x:partition(\"latency\",value(\"slow\",gt(200)),value(\"fast\",otherwise))", TransformationKind.Partition)]
    [InlineData("m.x:rate", TransformationKind.Rate)]
    [InlineData("m.x:rate(1m)", TransformationKind.Rate)]
    [InlineData("m.x:rollup(avg,5m)", TransformationKind.Rollup)]
    [InlineData("m.x:rollup(percentile(90),1h)", TransformationKind.Rollup)]
    [InlineData("m.x:setUnit(MilliSecond)", TransformationKind.SetUnit)]
    [InlineData("m.x:smooth(skipfirst)", TransformationKind.Smooth)]
    [InlineData("m.x:sort(value(avg,descending))", TransformationKind.Sort)]
    [InlineData("m.x:sort(dimension(\"dt.entity.host\",ascending,natural))", TransformationKind.Sort)]
    [InlineData("m.x:sort(value(percentile(90),ascending),dimension(\"cpu\",descending))", TransformationKind.Sort)]
    [InlineData("m.x:splitBy()", TransformationKind.SplitBy)]
    [InlineData("m.x:splitBy(\"dt.entity.host\",\"cpu\")", TransformationKind.SplitBy)]
    [InlineData("m.x:timeshift(-1d)", TransformationKind.Timeshift)]
    [InlineData("m.x:timeshift(2w)", TransformationKind.Timeshift)]
    [InlineData("m.x:toUnit(MicroSecond,MilliSecond)", TransformationKind.ToUnit)]
    public void Parse_EveryTransformation_GivesKindAndPrintsBackUnchanged(string text, TransformationKind kind)
    {
        var expression = ParseValid(text);

        Assert.Equal(kind, LastTransformation(expression).Kind);
        Assert.Equal(text, expression.ToString());
    }

    [Theory]
    [InlineData("filter(eq(\"k\",\"v\"))")]
    [InlineData("filter(ne(\"k\",\"v\"))")]
    [InlineData("filter(prefix(\"k\",\"v\"))")]
    [InlineData("filter(suffix(\"k\",\"v\"))")]
    [InlineData("filter(contains(\"k\",\"v\"))")]
    [InlineData("filter(existsKey(\"k\"))")]
    [InlineData("filter(remainder(\"k\"))")]
    [InlineData("filter(in(\"dt.entity.host\",entitySelector(\"type(~\"HOST~\"),tag(~\"prod~\")\")))")]
    [InlineData("filter(series(avg,gt(80)))")]
    [InlineData("filter(series(percentile(90),le(0.5)))")]
    [InlineData("filter(and(eq(\"a\",\"1\"),or(eq(\"b\",\"2\"),not(eq(\"c\",\"3\")))))")]
    [InlineData("filter(eq(\"a\",\"1\"),ne(\"b\",\"2\"))")]
    public void Parse_EveryFilterCondition_IsAccepted(string transformation)
    {
        var text = $"m.x:{transformation}";

        Assert.Equal(text, Canonical(text));
    }

    [Fact]
    public void Parse_FilterTree_KeepsNestedCallsAndUnescapedStrings()
    {
        var filter = LastTransformation(ParseValid("m.x:filter(and(eq(\"dt.entity.host\",\"HOST-1\"),in(\"dt.entity.host\",entitySelector(\"type(~\"HOST~\")\"))))"));

        var and = Assert.IsType<CallArgumentSyntax>(Assert.Single(filter.Arguments));
        Assert.Equal("and", and.Name);
        var entitySelector = Assert.IsType<CallArgumentSyntax>(Assert.IsType<CallArgumentSyntax>(and.Arguments[1]).Arguments[1]);
        Assert.Equal("type(\"HOST\")", Assert.IsType<StringArgumentSyntax>(Assert.Single(entitySelector.Arguments)).Value);
    }

    [Theory]
    [InlineData("5m", 5, "m", 300)]
    [InlineData("-1d", -1, "d", -86400)]
    [InlineData("1h", 1, "h", 3600)]
    [InlineData("30s", 30, "s", 30)]
    public void Parse_DurationArgument_GivesAmountUnitAndLength(string text, long amount, string unit, int seconds)
    {
        var transformation = LastTransformation(ParseValid($"m.x:timeshift({text})"));

        var duration = Assert.IsType<DurationArgumentSyntax>(Assert.Single(transformation.Arguments));
        Assert.Equal((amount, unit, TimeSpan.FromSeconds(seconds)), (duration.Amount, duration.Unit, duration.Duration));
    }

    [Fact]
    public void Parse_UnquotedDimensionKey_IsAcceptedAsName()
    {
        var splitBy = LastTransformation(ParseValid("m.x:splitBy(dt.entity.host)"));

        Assert.Equal("dt.entity.host", Assert.IsType<NameArgumentSyntax>(Assert.Single(splitBy.Arguments)).Name);
    }

    [Fact]
    public void Parse_TransformationOnParenthesizedExpression_AppliesToTheWhole()
    {
        var transform = Assert.IsType<TransformSyntax>(ParseValid("(a:sum+b:sum):sort(value(avg,descending))"));

        Assert.IsType<ParenthesizedSyntax>(transform.Source);
    }
}
