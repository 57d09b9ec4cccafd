using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

/// <summary>Dimension key vectors from metric-utils-vectors.md table B: unchanged keys are valid, the rest rejected.</summary>
public sealed class DimensionKeyRulesTests
{
    [Theory]
    [InlineData("dim")]
    [InlineData("dim1")]
    [InlineData("_dim")]
    [InlineData("dim:dim")]
    [InlineData("dim_dim")]
    [InlineData("dim-dim")]
    [InlineData("dim-")]
    [InlineData("dim---")]
    [InlineData("aaa___")]
    [InlineData("dim1.value1")]
    [InlineData("dim._val")]
    [InlineData("dim.___")]
    [InlineData("dim.dim.dim.dim")]
    [InlineData("a.b:c.d")]
    [InlineData("dim.val:count.val001")]
    [InlineData("dt.entity.host")]
    [InlineData("dt.entity.process_group_instance")]
    [InlineData("dt.metrics.source")]
    [InlineData("dt.security_context")]
    [InlineData("dt.cost.costcenter")]
    [InlineData("dt.cost.product")]
    public void Parse_DimensionKeyLeftUnchangedByNormalizers_IsAccepted(string key)
    {
        var point = Single($"my.metric,{key}=v 1");

        Assert.Equal("v", point.Dimensions.GetValue(key));
    }

    [Theory]
    [InlineData("Dim", "uppercase 'D' is not allowed; dimension keys are lowercase")]
    [InlineData("dIm", "uppercase 'I' is not allowed")]
    [InlineData("diM", "uppercase 'M' is not allowed")]
    [InlineData("DIM", "uppercase 'D' is not allowed")]
    [InlineData("Tag", "uppercase 'T' is not allowed")]
    [InlineData("Bla___", "uppercase 'B' is not allowed")]
    [InlineData("äABC", "character 'ä' at column 11 is not allowed")]
    [InlineData("!@#case", "character '!' at column 11 is not allowed")]
    [InlineData("case!@#", "character '!' at column 15 is not allowed")]
    [InlineData("~@#ä", "character '~' at column 11 is not allowed")]
    [InlineData("aaa~@#ä", "character '~' at column 14 is not allowed")]
    [InlineData("tÄg", "character 'Ä' at column 12 is not allowed")]
    [InlineData("mytäääg", "character 'ä' at column 14 is not allowed")]
    [InlineData("-dim", "the section at column 11 must start with a letter a-z or '_'")]
    [InlineData("---dim", "the section at column 11 must start")]
    [InlineData(":dim", "the section at column 11 must start")]
    [InlineData("000", "the section at column 11 must start")]
    [InlineData("0tag", "the section at column 11 must start")]
    [InlineData("dim.0dim", "the section at column 15 must start")]
    [InlineData("dim.000", "the section at column 15 must start")]
    [InlineData("dim.~val", "character '~' at column 15 is not allowed")]
    [InlineData("dim.val~~", "character '~' at column 18 is not allowed")]
    [InlineData("a..b", "empty section at column 13")]
    [InlineData("a.....b", "empty section at column 13")]
    [InlineData(".a", "empty section at column 11")]
    [InlineData("a.", "empty section at column 13")]
    [InlineData(".", "empty section at column 11")]
    [InlineData("a...", "empty section at column 13")]
    [InlineData(".a.", "empty section at column 11")]
    public void Parse_DimensionKeyNormalizersWouldRewrite_IsRejectedWithReason(string key, string reason)
    {
        var error = ErrorOf($"my.metric,{key}=v 1");

        Assert.Equal(LineErrorKind.InvalidDimensionKey, error.Kind);
        Assert.StartsWith($"invalid dimension key '{key}'", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_DimensionKeyOf100Characters_IsAccepted()
    {
        var key = new string('a', 100);

        Assert.Equal("v", Single($"my.metric,{key}=v 1").Dimensions.GetValue(key));
    }

    [Fact]
    public void Parse_DimensionKeyOf101Characters_IsRejected()
    {
        var key = new string('a', 101);

        Assert.Equal(
            $"invalid dimension key '{new string('a', 100)}…' at column 11: must be 1..100 characters (got 101)",
            Error($"my.metric,{key}=v 1"));
    }

    [Theory]
    [InlineData("dt.foo")]
    [InlineData("dt.entities.host")]
    [InlineData("dt.metrics.source2")]
    public void Parse_ReservedDimensionKeyNotOnTheAllowedList_IsRejected(string key)
    {
        var error = ErrorOf($"my.metric,{key}=v 1");

        Assert.Equal(LineErrorKind.ReservedDimensionKey, error.Kind);
        Assert.Equal(
            $"invalid dimension key '{key}' at column 11: the 'dt.' prefix is reserved; allowed are dt.entity.<type>, dt.metrics.source, dt.security_context, dt.cost.costcenter, dt.cost.product",
            error.Message);
    }
}
