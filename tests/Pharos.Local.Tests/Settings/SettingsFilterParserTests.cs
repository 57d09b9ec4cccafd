using Pharos.Core.Diagnostics;
using Pharos.Local.Settings.Filter;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Tests.Settings;

/// <summary>The settings filter language: what matches, and every diagnostic with its message and column.</summary>
public sealed class SettingsFilterParserTests
{
    private static readonly string[] ValueFields = ["objectId", "value"];
    private static readonly string[] AllFields = ["objectId", "value", "created", "modified", "createdBy", "modifiedBy", "author"];

    [Theory]
    [InlineData("value.enabled = true", true)]
    [InlineData("value.enabled = false", false)]
    [InlineData("value.enabled != false", true)]
    [InlineData("value.name = 'checkout'", true)]
    [InlineData("value.name = \"checkout\"", true)]
    [InlineData("value.name = 'Checkout'", false)]
    [InlineData("value.name contains 'heck'", true)]
    [InlineData("value.name starts-with 'check'", true)]
    [InlineData("value.name starts-with 'out'", false)]
    [InlineData("value.threshold > 80", true)]
    [InlineData("value.threshold >= 90.5", true)]
    [InlineData("value.threshold < 90.5", false)]
    [InlineData("value.threshold <= 90.5", true)]
    [InlineData("value.threshold = '90.5'", false)]
    [InlineData("value.name < 'd'", true)]
    [InlineData("value.nested.level = -2", true)]
    [InlineData("value.nested.missing = 1", false)]
    [InlineData("value.nested.missing != 1", true)]
    [InlineData("value.tags contains 'prod'", true)]
    [InlineData("value.tags contains 'pro'", false)]
    [InlineData("value.tags = 'eu'", true)]
    [InlineData("value.name in ('a', 'checkout')", true)]
    [InlineData("value.name in ('a', 'b')", false)]
    [InlineData("value.enabled = true and value.threshold < 10", false)]
    [InlineData("value.enabled = true or value.threshold < 10", true)]
    [InlineData("not value.enabled = true", false)]
    [InlineData("NOT (value.enabled = false) AND value.name = 'checkout'", true)]
    [InlineData("value.threshold < 10 or value.enabled = true and value.name = 'x'", false)]
    [InlineData("(value.threshold < 10 or value.enabled = true) and value.name = 'checkout'", true)]
    [InlineData("value.quote = 'it\\'s'", true)]
    [InlineData("value.quote = \"it's\"", true)]
    public void Parse_ValidFilter_MatchesAsDocumented(string filter, bool expected)
    {
        var (expression, diagnostics) = SettingsFilterParser.Parse(filter, ValueFields);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, SettingsFilterEvaluator.Matches(expression!, View(
            """{"name":"checkout","enabled":true,"threshold":90.5,"nested":{"level":-2},"tags":["prod","eu"],"quote":"it's"}""")));
    }

    [Theory]
    [InlineData("created >= 1000 and created < 1001", true)]
    [InlineData("modified > 2000", false)]
    [InlineData("createdBy = 'alice' and modifiedBy = 'bob' and author = 'bob'", true)]
    public void Parse_MetadataFields_CompareWithTheStoredObject(string filter, bool expected)
    {
        var (expression, diagnostics) = SettingsFilterParser.Parse(filter, AllFields);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, SettingsFilterEvaluator.Matches(expression!, View("{}")));
    }

    [Theory]
    [InlineData("value.x = ", "LOC031", 11, "Unexpected end of the filter at column 11 of the filter; expected a value: a quoted string, a number, true or false. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("value.x = 1 value.y = 2", "LOC031", 13, "Unexpected 'value.y' at column 13 of the filter; expected 'and', 'or' or the end of the filter. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("value.x == 1", "LOC031", 10, "Unexpected '=' at column 10 of the filter; expected a value: a quoted string, a number, true or false. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("(value.x = 1", "LOC031", 13, "Unexpected end of the filter at column 13 of the filter; expected ')' to close the '(' at column 1. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("value.x ~ 1", "LOC031", 9, "Unexpected '~' at column 9 of the filter; expected a field, a value, an operator or a parenthesis. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("value.x equals 1", "LOC031", 9, "Unexpected 'equals' at column 9 of the filter; expected an operator: =, !=, <, <=, >, >=, contains, starts-with or in. Write e.g. value.enabled = true and value.name contains 'web'.")]
    [InlineData("value.name = 'abc", "LOC032", 14, "The quoted value starting at column 14 of the filter is never closed. End it with the same quote it starts with.")]
    [InlineData("valu.name = 'a'", "LOC033", 1, "Unknown field 'valu.name' at column 1 of the filter. Use created, modified, createdBy, modifiedBy, author or value.<property>, e.g. value.enabled.")]
    [InlineData("creatd > 5", "LOC033", 1, "Unknown field 'creatd' at column 1 of the filter. Did you mean 'created'? Use created, modified, createdBy, modifiedBy, author or value.<property>, e.g. value.enabled.")]
    [InlineData("value.x = 1 and created > 5", "LOC034", 17, "'created' at column 17 of the filter needs 'created' in the response. Add created to the fields parameter.")]
    [InlineData("value.name ends-with 'x'", "LOC035", 12, "'ends-with' at column 12 of the filter is not supported by the settings filter. Use =, !=, <, <=, >, >=, contains, starts-with or in (…) with a quoted string, a number, true or false.")]
    [InlineData("value.name = null", "LOC035", 14, "'null' at column 14 of the filter is not supported by the settings filter. Use =, !=, <, <=, >, >=, contains, starts-with or in (…) with a quoted string, a number, true or false.")]
    [InlineData("((((((value.x = 1))))))", "LOC036", 6, "Parentheses at column 6 of the filter nest deeper than 5 levels. Simplify the expression.")]
    [InlineData("value.enabled < true", "LOC037", 15, "'<' at column 15 of the filter cannot compare with true; it takes a quoted string or a number.")]
    [InlineData("value.name starts-with 5", "LOC037", 12, "'starts-with' at column 12 of the filter cannot compare with 5; it takes a quoted string.")]
    [InlineData("value.name = 'a\\nb'", "LOC038", 16, "'\\n' at column 16 of the filter is not an escape. Inside quotes write \\' for a quote, \\\" for a double quote and \\\\ for a backslash.")]
    [InlineData("   ", "LOC039", 1, "The filter is empty. Write a condition such as value.enabled = true, or leave the parameter out.")]
    public void Parse_InvalidFilter_ReportsCodeColumnAndMessage(string filter, string code, int column, string message)
    {
        var (expression, diagnostics) = SettingsFilterParser.Parse(filter, ValueFields);

        Assert.Null(expression);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation("filter", 1, column), diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Parse_LongerThan1024_ReportsLoc030()
    {
        var filter = "value.name = '" + new string('x', 1010) + "'";

        var (expression, diagnostics) = SettingsFilterParser.Parse(filter, ValueFields);

        Assert.Null(expression);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LOC030", diagnostic.Code);
        Assert.Equal("The filter has 1025 characters; at most 1024 are allowed. Shorten it or split the query.", diagnostic.Message);
    }

    [Fact]
    public void Parse_SeveralBadFields_ReportsEachOne()
    {
        var (_, diagnostics) = SettingsFilterParser.Parse("valu.a = 1 or created > 2", ValueFields);

        Assert.Equal(["LOC033", "LOC034"], diagnostics.Select(d => d.Code));
        Assert.Equal([1, 15], diagnostics.Select(d => d.Location!.Column));
    }

    [Fact]
    public void Parse_FiveLevelsOfParentheses_IsAllowed()
    {
        var (expression, diagnostics) = SettingsFilterParser.Parse("(((((value.x = 1)))))", ValueFields);

        Assert.Empty(diagnostics);
        Assert.NotNull(expression);
    }

    [Theory]
    [InlineData("value.")]
    [InlineData("value..x = 1")]
    [InlineData("'a' = value.x")]
    [InlineData(")")]
    [InlineData("and")]
    [InlineData("not")]
    [InlineData("value.x in 1")]
    [InlineData("value.x in (1,")]
    [InlineData("value.x in (1 2)")]
    [InlineData("value.x = 1e999")]
    [InlineData("value.x ! 1")]
    [InlineData("value.x = 'a\\")]
    public void Parse_Garbage_ReturnsDiagnosticsWithoutThrowing(string filter)
    {
        var (expression, diagnostics) = SettingsFilterParser.Parse(filter, ValueFields);

        Assert.Null(expression);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("filter", d.Location!.File));
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows()
    {
        var random = new Random(1234);
        const string alphabet = "value.xyz ()'\"\\=!<>,-01.5 and or not in contains starts-with true";
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var (expression, diagnostics) = SettingsFilterParser.Parse(new string(chars), ValueFields);
            Assert.True(expression is not null ^ diagnostics.Count > 0);
        }
    }

    private static SettingsObjectView View(string valueJson) => new(new StoredSettingsObject(
        "id", "builtin:x", "1", "environment", null, valueJson, "", 1, "token", 1000, 2000, "alice", "bob"));
}
