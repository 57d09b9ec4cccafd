using System.Net;
using System.Text.Json.Nodes;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

/// <summary><c>GET /settings/objects</c> with <c>filter</c> and <c>sort</c>, over HTTP, including paging.</summary>
public sealed class SettingsListFilterTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task List_FilterOnValueFields_ReturnsOnlyMatchesWithTotal()
    {
        await SeedAsync(("web-1", 10, true), ("web-2", 20, false), ("db-1", 30, true), ("web-3", 40, true));

        var body = await ListAsync("value.enabled = true and value.name starts-with 'web'", null);

        Assert.Equal(2, body["totalCount"]!.GetValue<int>());
        Assert.Equal(["web-1", "web-3"], Names(body));
    }

    [Fact]
    public async Task List_FilterWithOrNotAndParentheses_CombinesAsWritten()
    {
        await SeedAsync(("web-1", 10, true), ("web-2", 20, false), ("db-1", 30, true), ("web-3", 40, true));

        var body = await ListAsync("not (value.name contains 'web') or (value.threshold >= 20 and value.enabled = false)", null);

        Assert.Equal(["web-2", "db-1"], Names(body));
    }

    [Fact]
    public async Task List_SortDescending_OrdersByTheValueField()
    {
        await SeedAsync(("b", 20, true), ("a", 40, true), ("c", 10, true));

        var body = await ListAsync(null, "-value.threshold");

        Assert.Equal(["a", "b", "c"], Names(body));
    }

    [Fact]
    public async Task List_FilterAndSortOverPages_KeyCarriesThemAndEveryMatchComesOnce()
    {
        var seeds = Enumerable.Range(0, 12).Select(i => ($"o{i:00}", (double)i, i % 3 != 0)).ToArray();
        await SeedAsync(seeds);
        var expected = seeds.Where(s => s.Item3).OrderByDescending(s => s.Item2).Select(s => s.Item1).ToList();

        var seen = new List<string>();
        var url = $"settings/objects?schemaIds={Large}&pageSize=3&filter={Uri.EscapeDataString("value.enabled = true")}&sort=-value.threshold";
        while (url is not null)
        {
            using var response = await _env.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.TextAsync())!;
            Assert.Equal(expected.Count, body["totalCount"]!.GetValue<int>());
            seen.AddRange(Names(body));
            var key = body["nextPageKey"]?.GetValue<string>();
            url = key is null ? null : $"settings/objects?nextPageKey={Uri.EscapeDataString(key)}";
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task List_FilterOnCreatedWithoutCreatedField_Returns400NamingFieldAndColumn()
    {
        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Large}&filter={Uri.EscapeDataString("value.x = 1 or created > 5")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("filter", violation.GetProperty("path").GetString());
        Assert.Equal("QUERY", violation.GetProperty("parameterLocation").GetString());
        Assert.Equal(
            "LOC034: 'created' at column 16 of the filter needs 'created' in the response. Add created to the fields parameter.",
            violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_UnsupportedOperator_Returns400NamingTheConstruct()
    {
        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Large}&filter={Uri.EscapeDataString("value.name ends-with 'x'")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("filter", violation.GetProperty("path").GetString());
        Assert.StartsWith("LOC035: 'ends-with' at column 12 of the filter is not supported", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BadSort_Returns400OnTheSortParameter()
    {
        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Large}&sort=value.a,,value.b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("sort", violation.GetProperty("path").GetString());
        Assert.StartsWith("LOC040: The sort has an empty key at column 9.", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilterOnCreatedWithCreatedField_Works()
    {
        await SeedAsync(("a", 1, true));
        _env.Time.Advance(TimeSpan.FromMinutes(5));
        var cutoff = _env.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await SeedAsync(("b", 2, true));

        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Large}&fields=value,created&filter={Uri.EscapeDataString($"created >= {cutoff}")}&sort=-created");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["b"], Names(JsonNode.Parse(await response.TextAsync())!));
    }

    private async Task SeedAsync(params (string Name, double Threshold, bool Enabled)[] objects)
    {
        var items = objects.Select(o => new JsonObject
        {
            ["schemaId"] = Large,
            ["scope"] = "environment",
            ["value"] = new JsonObject { ["name"] = o.Name, ["threshold"] = o.Threshold, ["enabled"] = o.Enabled },
        }.ToJsonString()).ToArray();
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(items));
        Assert.True(response.IsSuccessStatusCode, await response.TextAsync());
    }

    private async Task<JsonNode> ListAsync(string? filter, string? sort)
    {
        var url = $"settings/objects?schemaIds={Large}";
        url += filter is null ? "" : $"&filter={Uri.EscapeDataString(filter)}";
        url += sort is null ? "" : $"&sort={Uri.EscapeDataString(sort)}";
        using var response = await _env.Client.GetAsync(url);
        var text = await response.TextAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private static List<string> Names(JsonNode body) =>
        body["items"]!.AsArray().Select(i => i!["value"]!["name"]!.GetValue<string>()).ToList();
}
