using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class MetricInternerTests
{
    [Fact]
    public void GetString_SameBytesTwice_ReturnsSameInstance()
    {
        var interner = new MetricInterner();

        var first = interner.GetString("cpu.usage"u8);
        var second = interner.GetString("cpu.usage"u8);

        Assert.Same(first, second);
        Assert.Equal(1, interner.StringCount);
    }

    [Fact]
    public void GetString_TableFull_StillReturnsEqualStrings()
    {
        var interner = new MetricInterner(maxStrings: 1);
        interner.GetString("first"u8);

        var a = interner.GetString("second"u8);
        var b = interner.GetString("second"u8);

        Assert.Equal(a, b);
        Assert.NotSame(a, b);
        Assert.Equal(1, interner.StringCount);
    }

    [Fact]
    public void Parse_DimensionSetTableFull_SetsStillCompareEqual()
    {
        var interner = new MetricInterner(maxDimensionSets: 0);

        var (_, handler) = Parse("m.x,a=1 1\nm.x,a=1 2", interner: interner);

        Assert.NotSame(handler.Points[0].Dimensions, handler.Points[1].Dimensions);
        Assert.Equal(handler.Points[0].Dimensions, handler.Points[1].Dimensions);
        Assert.Equal(handler.Points[0].Dimensions.GetHashCode(), handler.Points[1].Dimensions.GetHashCode());
    }

    [Fact]
    public void Parse_SharedInternerAcrossThreads_GivesOneSetPerSeries()
    {
        var interner = new MetricInterner();
        var body = string.Join('\n', Enumerable.Range(0, 200).Select(i => $"m.x,host=h{i % 20} 1"));

        Parallel.For(0, 8, _ => Parse(body, interner: interner));

        Assert.Equal(20, interner.DimensionSetCount);
    }

    [Fact]
    public void DimensionSetCreate_UnsortedWithDuplicates_SortsAndKeepsLast()
    {
        var set = DimensionSet.Create([new("b", "1"), new("a", "1"), new("b", "2")]);

        Assert.Equal([new Dimension("a", "1"), new Dimension("b", "2")], set);
        Assert.Null(set.GetValue("c"));
    }
}
