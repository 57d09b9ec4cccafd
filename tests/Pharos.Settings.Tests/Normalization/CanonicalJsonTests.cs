using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Normalization;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Write_ObjectKeys_AreSortedOrdinallyAtEveryLevel()
    {
        var json = CanonicalJson.Write(Parse("""{ "b": 1, "a": { "z": true, "Z": false, "m": null } }"""));

        Assert.Equal("""{"a":{"Z":false,"m":null,"z":true},"b":1}""", json);
    }

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("1e2", "100")]
    [InlineData("100E-2", "1")]
    [InlineData("99.980", "99.98")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0.1", "0.1")]
    [InlineData("9007199254740993", "9007199254740993")]
    [InlineData("1.5e300", "1.5E+300")]
    [InlineData("12345678901234567890", "1.2345678901234567E+19")]
    public void Write_Numbers_AreNormalised(string literal, string expected)
    {
        Assert.Equal(expected, CanonicalJson.Write(Parse(literal)));
    }

    [Fact]
    public void Write_EquivalentSpellings_ProduceIdenticalBytes()
    {
        var left = Parse("""{"threshold":500000.0,"name":"caf\u00e9","tags":["a","b"]}""");
        var right = Parse("""{ "tags" : [ "a", "b" ], "name" : "café", "threshold" : 5e5 }""");

        Assert.Equal(CanonicalJson.WriteUtf8(left), CanonicalJson.WriteUtf8(right));
    }

    [Fact]
    public void Write_ArrayOrder_IsKept()
    {
        Assert.NotEqual(CanonicalJson.Write(Parse("[1,2]")), CanonicalJson.Write(Parse("[2,1]")));
    }

    [Fact]
    public void Write_DuplicateKeys_KeepTheLastValue()
    {
        Assert.Equal("""{"a":2}""", CanonicalJson.Write(Parse("""{"a":1,"a":2}""")));
    }

    [Fact]
    public void Write_NodeAndElement_ProduceTheSameText()
    {
        const string json = """{"b":[1.50,{"y":"\"quoted\"","x":false}],"a":"line\nbreak"}""";

        Assert.Equal(CanonicalJson.Write(Parse(json)), CanonicalJson.Write(JsonNode.Parse(json)));
    }

    [Fact]
    public void Write_NodeBuiltInCode_IsCanonicalToo()
    {
        var node = new JsonObject { ["n"] = 2.0, ["s"] = "x", ["d"] = 1.25m };

        Assert.Equal("""{"d":1.25,"n":2,"s":"x"}""", CanonicalJson.Write(node));
        Assert.Equal("null", CanonicalJson.Write((JsonNode?)null));
    }
}
