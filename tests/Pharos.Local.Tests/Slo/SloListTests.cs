using System.Net;
using System.Text.Json;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Slo.SloTestData;

namespace Pharos.Local.Tests.Slo;

/// <summary>The list parameters of <c>GET /api/v2/slo</c>: sloSelector, paging, sort, enabledSlos, and the 400/401/403 answers.</summary>
public sealed class SloListTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;
    private string _checkoutId = "";

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync(realSchemas: true);
        _checkoutId = await _env.Client.CreateSloAsync(SloJson("Checkout availability", "checkout_availability", description: "Payments that succeed"));
        await _env.Client.CreateSloAsync(SloJson("Ledger availability", "ledger_availability", target: 99.95, warning: 99.99));
        await _env.Client.CreateSloAsync(SloJson("Search latency", "search_latency", enabled: false));
        await _env.Client.IngestCountsAsync(-10, 0, good: 999, total: 1000);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    private async Task<List<string>> NamesAsync(string path)
    {
        using var response = await _env.Client.GetAsync(path);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("slo").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
    }

    private async Task<JsonElement> BadRequestAsync(string path)
    {
        using var response = await _env.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("error");
    }

    [Theory]
    [InlineData("", "Checkout availability,Ledger availability,Search latency")]
    [InlineData("&sort=-name", "Search latency,Ledger availability,Checkout availability")]
    [InlineData("&enabledSlos=false", "Search latency")]
    [InlineData("&enabledSlos=true", "Checkout availability,Ledger availability")]
    [InlineData("&sloSelector=name(%22ledger%20AVAILABILITY%22)", "Ledger availability")]
    [InlineData("&sloSelector=text(%22availab%22)", "Checkout availability,Ledger availability")]
    [InlineData("&sloSelector=text(%22payments%22)", "Checkout availability")]
    [InlineData("&sloSelector=text(%22availab%22),name(%22Checkout%20availability%22,%22Search%20latency%22)", "Checkout availability")]
    [InlineData("&sloSelector=healthState(%22UNHEALTHY%22)", "Ledger availability")]
    [InlineData("&sloSelector=healthState(%22HEALTHY%22)", "Checkout availability,Search latency")]
    [InlineData("&demo=true", "")]
    public async Task List_Filters_SelectTheExpectedSlos(string query, string expected)
    {
        var names = await NamesAsync("slo?pageSize=25" + query);

        Assert.Equal(expected, string.Join(',', names));
    }

    [Fact]
    public async Task List_IdSelector_FindsTheSettingsObject()
    {
        var names = await NamesAsync($"slo?sloSelector=id(%22{_checkoutId}%22)");

        Assert.Equal(["Checkout availability"], names);
    }

    [Fact]
    public async Task List_Pages_FollowNextPageKeyToTheEnd()
    {
        using var first = await _env.Client.GetAsync("slo?pageSize=2&evaluate=true");
        var page1 = await first.JsonAsync();
        var key = page1.GetProperty("nextPageKey").GetString();
        using var second = await _env.Client.GetAsync($"slo?nextPageKey={Uri.EscapeDataString(key!)}");
        var page2 = await second.JsonAsync();

        Assert.Equal(3, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page1.GetProperty("slo").GetArrayLength());
        Assert.Equal("Search latency", page2.GetProperty("slo")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextPageKey").ValueKind);
        // The key carries evaluate=true.
        Assert.NotEqual(-1, page2.GetProperty("slo")[0].GetProperty("evaluatedPercentage").GetDouble());
    }

    [Fact]
    public async Task List_NextPageKeyWithOtherParameters_Answers400()
    {
        var error = await BadRequestAsync("slo?nextPageKey=abc&pageSize=2");

        Assert.Equal("nextPageKey", error.GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task List_EvaluateWithLargePage_Answers400()
    {
        var error = await BadRequestAsync("slo?evaluate=true&pageSize=26");

        Assert.Equal(
            "With evaluate=true the pageSize must be at most 25. Request smaller pages or set evaluate=false.",
            error.GetProperty("constraintViolations")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("sloSelector=owner(%22x%22)", "sloSelector", "SEL020: Unknown criterion 'owner' in sloSelector. Known criteria: id, name, text, healthState.")]
    [InlineData("sloSelector=managementZone(%22prod%22)", "sloSelector",
        "SEL021: The criterion 'managementZone' is valid in Dynatrace but not supported by the local environment. Remove it and filter on the client.")]
    [InlineData("sloSelector=healthState(%22SICK%22)", "sloSelector", "SEL024: 'SICK' is not a valid value for 'healthState'. Use one of: HEALTHY, UNHEALTHY.")]
    [InlineData("timeFrame=LAST", "timeFrame", "'LAST' is not valid. Use one of: CURRENT, GTF.")]
    [InlineData("enabledSlos=maybe", "enabledSlos", "'maybe' is not valid. Use one of: all, true, false.")]
    [InlineData("sort=owner", "sort", "'owner' is not valid. Use one of: name, -name.")]
    [InlineData("from=yesterday", "from",
        "'yesterday' is not a timeframe. Use UTC milliseconds, an ISO time such as 2024-05-14T10:00:00Z, or a relative time such as now-2h.")]
    [InlineData("from=now&to=now-1h", "from", "The timeframe is empty: from (2024-05-14T10:00:00.0000000+00:00) must be before to (2024-05-14T09:00:00.0000000+00:00).")]
    public async Task List_BadParameter_Answers400NamingIt(string query, string path, string message)
    {
        var error = await BadRequestAsync("slo?" + query);

        var violation = Assert.Single(error.GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal(path, violation.GetProperty("path").GetString());
        Assert.Equal("QUERY", violation.GetProperty("parameterLocation").GetString());
        Assert.Equal(message, violation.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("slo")]
    [InlineData("slo/some-id")]
    public async Task Slo_WithoutToken_Answers401(string path)
    {
        using var client = _env.CreateClient(token: null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("slo")]
    [InlineData("slo/some-id")]
    public async Task Slo_TokenWithoutSloRead_Answers403NamingTheScope(string path)
    {
        using var client = _env.CreateClient(await _env.CreateTokenAsync("metrics.read"));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("slo.read", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slo_TokenWithSloRead_Answers200()
    {
        using var client = _env.CreateClient(await _env.CreateTokenAsync("slo.read"));

        using var response = await client.GetAsync($"slo/{_checkoutId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
