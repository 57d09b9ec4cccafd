using Pharos.Core.Diagnostics;
using Pharos.Local.Settings.Filter;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsSortTests
{
    private static readonly string[] Fields = ["objectId", "value", "modified"];

    [Fact]
    public void Apply_AscendingThenDescending_OrdersByBothKeysAndPutsMissingLast()
    {
        var objects = new[]
        {
            Stored("a", """{"team":"b","rank":1}"""),
            Stored("b", """{"team":"a","rank":1}"""),
            Stored("c", """{"team":"a","rank":3}"""),
            Stored("d", """{"rank":9}"""),
            Stored("e", """{"team":"b","rank":2}"""),
        };

        var (query, diagnostics) = SettingsListQuery.Parse(null, "value.team,-value.rank", Fields);

        Assert.Empty(diagnostics);
        Assert.Equal(["c", "b", "e", "a", "d"], query!.Apply(objects).Select(o => o.ObjectId));
    }

    [Fact]
    public void Apply_Descending_StillPutsMissingLastAndKeepsTiesInStoreOrder()
    {
        var objects = new[] { Stored("a", "{}"), Stored("b", """{"n":1}"""), Stored("c", """{"n":2}"""), Stored("d", """{"n":1}""") };

        var (query, _) = SettingsListQuery.Parse(null, "-value.n", Fields);

        Assert.Equal(["c", "b", "d", "a"], query!.Apply(objects).Select(o => o.ObjectId));
    }

    [Fact]
    public void Apply_MixedTypes_NumbersThenStringsThenBooleans()
    {
        var objects = new[] { Stored("t", """{"v":true}"""), Stored("s", """{"v":"x"}"""), Stored("n", """{"v":5}"""), Stored("f", """{"v":false}""") };

        var (query, _) = SettingsListQuery.Parse(null, "value.v", Fields);

        Assert.Equal(["n", "s", "f", "t"], query!.Apply(objects).Select(o => o.ObjectId));
    }

    [Theory]
    [InlineData("value.a,,value.b", "LOC040", 9, "The sort has an empty key at column 9. List fields separated by ',', each optionally prefixed with '-' for descending, e.g. value.name,-modified.")]
    [InlineData("-", "LOC040", 1, "The sort has an empty key at column 1. List fields separated by ',', each optionally prefixed with '-' for descending, e.g. value.name,-modified.")]
    [InlineData("value.a,-value.a", "LOC041", 10, "The sort names 'value.a' again at column 10. Sort by each field once.")]
    [InlineData("modified, nam", "LOC033", 11, "Unknown field 'nam' at column 11 of the sort. Use created, modified, createdBy, modifiedBy, author or value.<property>, e.g. value.enabled.")]
    [InlineData("-created", "LOC034", 2, "'created' at column 2 of the sort needs 'created' in the response. Add created to the fields parameter.")]
    public void Parse_InvalidSort_ReportsCodeColumnAndMessage(string sort, string code, int column, string message)
    {
        var (query, diagnostics) = SettingsListQuery.Parse(null, sort, Fields);

        Assert.Null(query);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceLocation("sort", 1, column), diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    private static StoredSettingsObject Stored(string id, string valueJson) =>
        new(id, "builtin:x", "1", "environment", null, valueJson, "", 1, "token", 1000, 2000, "alice", "bob");
}
