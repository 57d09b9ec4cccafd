using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

/// <summary>
/// Dimension value vectors from metric-utils-vectors.md tables C, D, E and F, written as the clients
/// put them on the wire; the parser must give back the original value.
/// </summary>
public sealed class DimensionValueRulesTests
{
    [Theory]
    [InlineData("value", "value")]
    [InlineData("VALUE", "VALUE")]
    [InlineData("a:3", "a:3")]
    [InlineData("~@#ä", "~@#ä")]
    [InlineData(@"a\,b", "a,b")]
    [InlineData(@"a\=b", "a=b")]
    [InlineData(@"a\ b", "a b")]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"\ \,\=\\", @" ,=\")]
    [InlineData(@"key\=\""value\""", "key=\"value\"")]
    [InlineData(@"\""something", "\"something")]
    [InlineData(@"something\""", "something\"")]
    [InlineData("'something'", "'something'")]
    [InlineData(@"\""mylist\"":[a\,b\,c]", "\"mylist\":[a,b,c]")]
    [InlineData("\u0132_\u0133_\u0150_\u0156", "\u0132_\u0133_\u0150_\u0156")]
    [InlineData(@"\,", ",")]
    [InlineData("a=b", "a=b")]
    [InlineData("x\"y", "x\"y")]
    [InlineData(@"a\nb", @"a\nb")]
    [InlineData("", "")]
    public void Parse_UnquotedValueAsClientsEscapeIt_GivesOriginalValue(string wire, string expected)
    {
        var point = Single($"my.metric,dim={wire} 1");

        Assert.Equal(expected, point.Dimensions.GetValue("dim"));
    }

    [Theory]
    [InlineData("\"value\"", "value")]
    [InlineData("\"a,b\"", "a,b")]
    [InlineData("\"a=b\"", "a=b")]
    [InlineData("\"a b\"", "a b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\" ,=\\\\\"", " ,=\\")]
    [InlineData("\"key=\\\"value\\\"\"", "key=\"value\"")]
    [InlineData("\"\\\"something\"", "\"something")]
    [InlineData("\"something\\\"\"", "something\"")]
    [InlineData("\"mylist:[a,b,c]\"", "mylist:[a,b,c]")]
    [InlineData("\",\"", ",")]
    [InlineData("\"devops\\\\bugfixing\"", "devops\\bugfixing")]
    [InlineData("\"\\\"product\\\"_improvement\"", "\"product\"_improvement")]
    [InlineData("\"a\\nb\"", "a\\nb")]
    [InlineData("\"\"", "")]
    public void Parse_QuotedValue_GivesUnescapedValue(string wire, string expected)
    {
        var point = Single($"my.metric,dim={wire} 1");

        Assert.Equal(expected, point.Dimensions.GetValue("dim"));
    }

    [Fact]
    public void Parse_SerializerVectorWithEscapedSpecials_GivesOriginalValue()
    {
        // metric-utils serializer vector 8: dimension value \=" == written as \\\=\"\ \=\=
        var point = Single(@"metric1,dim1=\\\=\""\ \=\= count,delta=100");

        Assert.Equal(@"\="" ==", point.Dimensions.GetValue("dim1"));
    }

    [Fact]
    public void Parse_MetricsSourceVector_GivesOriginalValue()
    {
        // serializer vector 14: dt.metrics.source=esc\\ape\=this\"
        var point = Single(@"metric,dt.metrics.source=esc\\ape\=this\"" count,delta=100");

        Assert.Equal(@"esc\ape=this""", point.Dimensions.GetValue("dt.metrics.source"));
    }

    [Theory]
    [InlineData("\u0000a", 0x00)]
    [InlineData("a\u0007", 0x07)]
    [InlineData("a\u0001b", 0x01)]
    [InlineData("a\u007fb", 0x7f)]
    [InlineData("a\u0085b", 0x85)]
    [InlineData("\"a\tb\"", 0x09)]
    [InlineData("\"a\rb\"", 0x0d)]
    public void Parse_ValueWithControlCharacter_IsRejected(string wire, int codePoint)
    {
        var error = ErrorOf($"my.metric,dim={wire} 1");

        Assert.Equal(LineErrorKind.InvalidDimensionValue, error.Kind);
        Assert.Equal($"invalid value of dimension 'dim' at column 15: control character U+{codePoint:X4} is not allowed", error.Message);
    }

    [Fact]
    public void Parse_ValueThatIsNotUtf8_IsRejected()
    {
        var parser = new LineProtocolParser(new MetricInterner(), new TestSupport.FixedTimeProvider(Now));
        var handler = new TestSupport.CollectingHandler();
        byte[] body = [.. "my.metric,dim=a"u8, 0xFF, .. " 1"u8];

        var result = parser.Parse(body, ref handler);

        Assert.Equal("invalid value of dimension 'dim' at column 15: not valid UTF-8; send the body as UTF-8", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_ValueOf255Characters_IsAccepted()
    {
        var value = new string('v', 255);

        Assert.Equal(value, Single($"my.metric,dim={value} 1").Dimensions.GetValue("dim"));
    }

    [Fact]
    public void Parse_QuotedValueOf255CharactersInsideTheQuotes_IsAccepted()
    {
        var value = new string('v', 255);

        Assert.Equal(value, Single($"my.metric,dim=\"{value}\" 1").Dimensions.GetValue("dim"));
    }

    [Fact]
    public void Parse_ValueOf255NonAsciiCharacters_IsAccepted()
    {
        var value = new string('ä', 255);

        Assert.Equal(value, Single($"my.metric,dim={value} 1").Dimensions.GetValue("dim"));
    }

    [Fact]
    public void Parse_ValueOf256Characters_IsRejected()
    {
        Assert.Equal(
            "invalid value of dimension 'dim' at column 15: must be at most 255 characters (got 256)",
            Error($"my.metric,dim={new string('v', 256)} 1"));
    }

    [Fact]
    public void Parse_UnterminatedQuotedValue_IsRejected()
    {
        Assert.Equal(
            """invalid value of dimension 'dim': the quoted value starting at column 15 is not closed; end it with '"' and escape '"' and '\' inside with '\'""",
            Error("my.metric,dim=\"abc 1"));
    }

    [Fact]
    public void Parse_CharacterAfterClosingQuote_IsRejected()
    {
        Assert.Equal(
            "invalid value of dimension 'dim': unexpected 'x' at column 20 after the closing quote; expected ',' or a space",
            Error("my.metric,dim=\"abc\"x 1"));
    }

    [Fact]
    public void Parse_DanglingBackslashAtLineEnd_IsRejected()
    {
        Assert.Equal(
            "invalid value of dimension 'dim': the line ends after '\\' at column 18; write '\\\\' for a backslash",
            Error("my.metric,dim=abc\\"));
    }

    [Fact]
    public void Parse_DimensionWithoutEquals_IsRejected()
    {
        var error = ErrorOf("my.metric,dim 1");

        Assert.Equal(LineErrorKind.InvalidDimension, error.Kind);
        Assert.Equal("invalid dimension 'dim' at column 11: expected '=' and a value after the dimension key", error.Message);
    }

    [Theory]
    [InlineData("my.metric, 1", 11)]
    [InlineData("my.metric,=v 1", 11)]
    [InlineData("my.metric,a=1, 1", 15)]
    [InlineData("my.metric,a=1,,b=2 1", 15)]
    public void Parse_EmptyDimension_IsRejected(string line, int column)
    {
        Assert.Equal($"missing dimension at column {column}: expected '<key>=<value>' after ','", Error(line));
    }
}
