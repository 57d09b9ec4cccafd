using System.Net;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsListTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task List_DefaultFields_AreObjectIdAndValue()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "a");

        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Multi}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $$$"""{"items":[{"objectId":"{{{objectId}}}","value":{"name":"a"}}],"totalCount":1,"pageSize":100,"nextPageKey":null}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task List_RequestedFields_AreExactlyThoseFields()
    {
        await CreateAsync(_env.Client, Multi, "a", externalId: "e1");

        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Multi}&fields=objectId,summary,modificationInfo,scope,schemaVersion,externalId,updateToken");

        var item = (await response.JsonAsync()).GetProperty("items")[0];
        Assert.Equal(
            ["objectId", "schemaVersion", "scope", "externalId", "summary", "updateToken", "modificationInfo"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.True(item.GetProperty("modificationInfo").GetProperty("deletable").GetBoolean());
    }

    [Fact]
    public async Task List_FilterByScopesAndExternalIds_MatchesDirectScopeOnly()
    {
        await CreateAsync(_env.Client, Multi, "env", externalId: "x1");
        await CreateAsync(_env.Client, Multi, "host", scope: "HOST-0000000000000001", externalId: "x2");

        using var byScope = await _env.Client.GetAsync("settings/objects?scopes=HOST-0000000000000001&fields=value");
        using var byExternal = await _env.Client.GetAsync($"settings/objects?schemaIds={Multi}&externalIds=x1,nope&fields=value");

        Assert.Equal("host", (await byScope.JsonAsync()).GetProperty("items")[0].GetProperty("value").GetProperty("name").GetString());
        var external = await byExternal.JsonAsync();
        Assert.Equal(1, external.GetProperty("totalCount").GetInt32());
        Assert.Equal("env", external.GetProperty("items")[0].GetProperty("value").GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_PaginationWalk_VisitsEveryObjectOnceWithStableTotal()
    {
        var created = new HashSet<string>();
        var batch = Enumerable.Range(0, 23).Select(i => Item(Large, $"o{i}")).ToArray();
        using (var post = await _env.Client.PostJsonAsync("settings/objects", Array(batch)))
        {
            foreach (var item in (await post.JsonAsync()).EnumerateArray())
            {
                created.Add(item.GetProperty("objectId").GetString()!);
            }
        }

        var seen = new List<string>();
        var url = $"settings/objects?schemaIds={Large}&pageSize=5";
        var pages = 0;
        while (url is not null)
        {
            using var response = await _env.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.JsonAsync();
            Assert.Equal(23, body.GetProperty("totalCount").GetInt32());
            Assert.Equal(5, body.GetProperty("pageSize").GetInt32());
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("objectId").GetString()!));
            var key = body.GetProperty("nextPageKey").GetString();
            url = key is null ? null : $"settings/objects?nextPageKey={Uri.EscapeDataString(key)}";
            pages++;
        }

        Assert.Equal(5, pages);
        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task List_NextPageKeyWithOtherParameters_Returns400()
    {
        await CreateAsync(_env.Client, Large, "a");
        await CreateAsync(_env.Client, Large, "b");
        using var first = await _env.Client.GetAsync($"settings/objects?schemaIds={Large}&pageSize=1");
        var key = (await first.JsonAsync()).GetProperty("nextPageKey").GetString();

        using var response = await _env.Client.GetAsync($"settings/objects?nextPageKey={Uri.EscapeDataString(key!)}&pageSize=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal("Constraints violated.", error.GetProperty("message").GetString());
        var violation = error.GetProperty("constraintViolations")[0];
        Assert.Equal("nextPageKey", violation.GetProperty("path").GetString());
        Assert.Equal("QUERY", violation.GetProperty("parameterLocation").GetString());
        Assert.EndsWith("Also sent: pageSize.", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("eyJraW5kIjoib3RoZXIifQ")]
    public async Task List_ForeignNextPageKey_Returns400(string key)
    {
        using var response = await _env.Client.GetAsync($"settings/objects?nextPageKey={key}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("settings/objects", "schemaIds", "Set schemaIds or scopes (or both) on the first page.")]
    [InlineData("settings/objects?schemaIds=builtin:pharos.test.multi&pageSize=501", "pageSize", "'501' is not an integer from 1 to 500.")]
    [InlineData("settings/objects?schemaIds=builtin:pharos.test.multi&pageSize=0", "pageSize", "'0' is not an integer from 1 to 500.")]
    [InlineData("settings/objects?schemaIds=builtin:pharos.test.multi&fields=objectId,sumary", "fields", "Unknown field 'sumary'. Did you mean 'summary'?")]
    [InlineData("settings/objects?schemaIds=builtin:pharos.test.multi&filter=value.x%3D%3D1", "filter", "LOC031: Unexpected '=' at column 9 of the filter")]
    [InlineData("settings/objects?schemaIds=builtin:pharos.test.multi&fields=objectId&sort=value.name", "sort", "LOC034: 'value.name' at column 1 of the sort needs 'value' in the response.")]
    public async Task List_BadQuery_Returns400NamingTheParameter(string url, string path, string messageStart)
    {
        using var response = await _env.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal(path, violation.GetProperty("path").GetString());
        Assert.StartsWith(messageStart, violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownSchema_Returns404()
    {
        using var response = await _env.Client.GetAsync("settings/objects?schemaIds=builtin:nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":{"code":404,"message":"Settings schema 'builtin:nope' not found."}}""", await response.TextAsync());
    }
}
