using Pharos.Local.Entities;

namespace Pharos.Local.Tests.Entities;

public sealed class EntitySelectorTests
{
    private static readonly LocalEntity Checkout = Entity("SERVICE", "Checkout-API",
        [EntityTag.Custom("team", "payments"), EntityTag.Custom("critical"), new EntityTag("KUBERNETES", "app", "checkout")],
        [new ManagementZoneRef("42", "Payments")]);

    private static readonly LocalEntity Host = Entity("HOST", "frontend-dev", [], []);

    [Theory]
    [InlineData("type(SERVICE)", true)]
    [InlineData("type(\"SERVICE\")", true)]
    [InlineData("type(HOST)", false)]
    [InlineData("type(SERVICE),entityName.equals(\"checkout-api\")", true)]
    [InlineData("type(SERVICE),caseSensitive(entityName.equals(\"checkout-api\"))", false)]
    [InlineData("type(SERVICE),entityName.startsWith(Check)", true)]
    [InlineData("type(SERVICE),entityName(out-A)", true)]
    [InlineData("type(SERVICE),entityName.in(\"x\",\"Checkout-API\")", true)]
    [InlineData("type(SERVICE),tag(\"team:payments\")", true)]
    [InlineData("type(SERVICE),tag(\"team:billing\")", false)]
    [InlineData("type(SERVICE),tag(critical)", true)]
    [InlineData("type(SERVICE),tag(\"[KUBERNETES]app:checkout\")", true)]
    [InlineData("type(SERVICE),tag(\"app:checkout\")", false)]
    [InlineData("type(SERVICE),tag(\"team:payments\",\"critical\")", true)]
    [InlineData("type(SERVICE),mzName(\"Payments\")", true)]
    [InlineData("type(SERVICE),mzId(42)", true)]
    [InlineData("type(SERVICE),mzId(43)", false)]
    public void Matches_Criteria_CombineWithAnd(string text, bool expected)
    {
        var (selector, diagnostics) = EntitySelector.Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, selector!.Matches(Checkout));
        Assert.False(selector.Matches(Host) && text.Contains("SERVICE", StringComparison.Ordinal));
    }

    [Fact]
    public void Matches_EntityIdList_MatchesAny()
    {
        var (selector, _) = EntitySelector.Parse($"entityId(\"{Host.EntityId}\",\"SERVICE-0000000000000000\")");

        Assert.True(selector!.Matches(Host));
        Assert.False(selector.Matches(Checkout));
    }

    [Fact]
    public void Parse_TildeEscapes_KeepQuotesAndCommas()
    {
        var (selector, _) = EntitySelector.Parse("type(SERVICE),entityName.equals(\"a~\"b~,c\")");

        Assert.True(selector!.Matches(Entity("SERVICE", "a\"b,c", [], [])));
    }

    [Theory]
    [InlineData("", "SEL001", "The entitySelector is empty. Write at least one criterion, e.g. type(\"SERVICE\").")]
    [InlineData("type(SERVICE", "SEL006", "Expected ')' to close 'type(' at column 13. Separate values with ',' and end the list with ')'.")]
    [InlineData("type SERVICE", "SEL004", "Expected '(' after 'type' at column 6. Write type(value).")]
    [InlineData("type(\"SERVICE)", "SEL005", "The quoted value starting at column 6 is not closed. Add the closing '\"' (escape a quote inside with ~\").")]
    [InlineData("type(SERVICE) x", "SEL007", "Expected ',' between criteria at column 15 but found 'x'.")]
    [InlineData("type(SERVICE),,", "SEL003", "Expected a criterion name at column 15 but found ','. Criteria look like name(value), separated by commas.")]
    [InlineData("type(SERVICE),entityNam(\"x\")", "SEL020", "Unknown criterion 'entityNam' in entitySelector. Did you mean 'entityName'? Known criteria: type, entityId, entityName, entityName.equals, entityName.startsWith, entityName.in, caseSensitive, tag, mzName, mzId.")]
    [InlineData("type(SERVICE),healthState(\"HEALTHY\")", "SEL021", "The criterion 'healthState' is valid in Dynatrace but not supported by the local environment. Remove it and filter on the client.")]
    [InlineData("type(SERVICE,HOST)", "SEL022", "'type' takes exactly one value. Write e.g. type(\"value\").")]
    [InlineData("entityName(\"x\")", "SEL023", "The entitySelector must contain a type(…) or entityId(…) criterion, e.g. type(\"SERVICE\"),entityName.equals(\"checkout\").")]
    [InlineData("type(SERVICE),tag(a(b))", "SEL025", "'tag' takes plain values, not a nested criterion. Quote the value if it contains parentheses.")]
    [InlineData("type(a(b(c(d(e(f(g)))))))", "SEL008", "Criteria are nested too deeply at column 14. Use at most 4 levels.")]
    public void Parse_Invalid_ReportsCodeAndMessage(string text, string code, string message)
    {
        var (selector, diagnostics) = EntitySelector.Parse(text);

        Assert.Null(selector);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal("entitySelector", diagnostic.Location!.File);
    }

    [Fact]
    public void Parse_TooLong_ReportsSel002()
    {
        var (_, diagnostics) = EntitySelector.Parse("type(SERVICE),entityName(\"" + new string('x', 2000) + "\")");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SEL002", diagnostic.Code);
        Assert.Equal("The entitySelector has 2028 characters; at most 2000 are allowed. Select with fewer or shorter criteria.", diagnostic.Message);
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "type()entityName.equals\"~,:[]tag mzId 0123456789";
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (selector, diagnostics) = EntitySelector.Parse(text);
            Assert.True(selector is not null ^ diagnostics.Count > 0);
        }
    }

    private static LocalEntity Entity(string type, string name, IReadOnlyList<EntityTag> tags, IReadOnlyList<ManagementZoneRef> zones) =>
        new(EntityTypes.DeriveId(type, name), type, name, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, tags, zones, new Dictionary<string, string>());
}
