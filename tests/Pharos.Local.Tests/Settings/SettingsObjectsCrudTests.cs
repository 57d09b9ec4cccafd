using System.Net;
using Pharos.Local.Settings;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsObjectsCrudTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Post_ValidObjects_Returns200WithObjectIdsInDynatraceFormat()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "a"), Item(Multi, "b", scope: "HOST-D3A3C5A146830A79")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(2, body.GetArrayLength());
        Assert.Equal(200, body[0].GetProperty("code").GetInt32());
        Assert.False(body[0].TryGetProperty("error", out _));
        var objectId = body[1].GetProperty("objectId").GetString()!;
        Assert.StartsWith("vu9U3hXa3q0AAAAB", objectId, StringComparison.Ordinal);
        Assert.True(SettingsObjectId.TryDecode(objectId, out var schemaId, out var scopeType, out var scopeId));
        Assert.Equal((Multi, "HOST", "D3A3C5A146830A79"), (schemaId, scopeType, scopeId));
    }

    [Fact]
    public async Task Get_CreatedObject_ReturnsAllFields()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "checkout", externalId: "ext-1");

        var body = await GetAsync(_env.Client, objectId);

        Assert.Equal(objectId, body.GetProperty("objectId").GetString());
        Assert.Equal(Multi, body.GetProperty("schemaId").GetString());
        Assert.Equal("1.1.0", body.GetProperty("schemaVersion").GetString());
        Assert.Equal("environment", body.GetProperty("scope").GetString());
        Assert.Equal("ext-1", body.GetProperty("externalId").GetString());
        Assert.Equal("checkout", body.GetProperty("summary").GetString());
        Assert.Equal(_env.Time.GetUtcNow().ToUnixTimeMilliseconds(), body.GetProperty("created").GetInt64());
        Assert.Equal(_env.AdminToken[..31], body.GetProperty("author").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("updateToken").GetString()));
        Assert.Equal("checkout", body.GetProperty("value").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_ObjectWithoutExternalId_WritesExternalIdNull()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "plain");

        using var response = await _env.Client.GetAsync($"settings/objects/{objectId}");

        Assert.Contains("\"externalId\":null", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownObject_Returns404Envelope()
    {
        using var response = await _env.Client.GetAsync("settings/objects/vu9U3hXa3q0AAAABAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":{"code":404,"message":"Settings not found"}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Put_WithCurrentUpdateToken_ReplacesValueAndRotatesToken()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "before");
        var token = (await GetAsync(_env.Client, objectId)).GetProperty("updateToken").GetString();
        _env.Time.Advance(TimeSpan.FromMinutes(1));

        using var response = await _env.Client.PutJsonAsync($"settings/objects/{objectId}", $$"""{"value":{"name":"after"},"updateToken":"{{token}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($$"""{"code":200,"objectId":"{{objectId}}"}""", await response.TextAsync());
        var after = await GetAsync(_env.Client, objectId);
        Assert.Equal("after", after.GetProperty("value").GetProperty("name").GetString());
        Assert.NotEqual(token, after.GetProperty("updateToken").GetString());
        Assert.True(after.GetProperty("modified").GetInt64() > after.GetProperty("created").GetInt64());
    }

    [Fact]
    public async Task Put_WithStaleUpdateToken_Returns409AndKeepsValue()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "v1");
        var stale = (await GetAsync(_env.Client, objectId)).GetProperty("updateToken").GetString();
        using (var first = await _env.Client.PutJsonAsync($"settings/objects/{objectId}", """{"value":{"name":"v2"}}"""))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var response = await _env.Client.PutJsonAsync($"settings/objects/{objectId}", $$"""{"value":{"name":"v3"},"updateToken":"{{stale}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(409, body.GetProperty("code").GetInt32());
        Assert.Equal(409, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.StartsWith("Conflicting resource", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("v2", (await GetAsync(_env.Client, objectId)).GetProperty("value").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Put_InvalidValue_Returns400WithPathRelativeToSchemaAndIndexZero()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "ok");

        using var response = await _env.Client.PutJsonAsync($"settings/objects/{objectId}", """{"value":{"name":"ok","threshold":101}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            $$$"""{"code":400,"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"{{{Multi}}}/0/threshold","message":"Must be between 0 and 100","parameterLocation":"PAYLOAD_BODY","location":null}]},"invalidValue":{"name":"ok","threshold":101}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Put_UnknownObject_Returns404SettingsObjectResponse()
    {
        using var response = await _env.Client.PutJsonAsync("settings/objects/unknown", """{"value":{"name":"x"}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"code":404,"error":{"code":404,"message":"Settings not found"}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Put_ValidateOnly_ChangesNothing()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "original");

        using var response = await _env.Client.PutJsonAsync($"settings/objects/{objectId}?validateOnly=true", """{"value":{"name":"changed"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("original", (await GetAsync(_env.Client, objectId)).GetProperty("value").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Delete_ExistingObject_Returns204AndObjectIsGone()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "doomed");

        using var response = await _env.Client.DeleteAsync($"settings/objects/{objectId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("", await response.TextAsync());
        using var get = await _env.Client.GetAsync($"settings/objects/{objectId}");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Delete_WithStaleUpdateToken_Returns409AndKeepsObject()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "kept");
        var stale = (await GetAsync(_env.Client, objectId)).GetProperty("updateToken").GetString();
        using (await _env.Client.PutJsonAsync($"settings/objects/{objectId}", """{"value":{"name":"kept2"}}"""))
        {
        }

        using var response = await _env.Client.DeleteAsync($"settings/objects/{objectId}?updateToken={Uri.EscapeDataString(stale!)}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.JsonAsync()).GetProperty("code").GetInt32());
        await GetAsync(_env.Client, objectId);
    }

    [Fact]
    public async Task Delete_UnknownObject_Returns404SettingsObjectResponse()
    {
        using var response = await _env.Client.DeleteAsync("settings/objects/unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"code":404,"error":{"code":404,"message":"Settings not found"}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Post_ValidateOnly_ValidatesButStoresNothing()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects?validateOnly=true", Array(Item(Multi, "dry")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""[{"code":200}]""", await response.TextAsync());
        using var list = await _env.Client.GetAsync($"settings/objects?schemaIds={Multi}");
        Assert.Equal(0, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Post_ValidateOnlyWithInvalidItem_Returns400()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects?validateOnly=true", Array(Item(Multi, "")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_SingleObjectSchemaTwice_ReplacesTheObjectOnTheScope()
    {
        var first = await CreateAsync(_env.Client, SingleObject, "one");

        var second = await CreateAsync(_env.Client, SingleObject, "two");

        Assert.Equal(first, second);
        Assert.Equal("two", (await GetAsync(_env.Client, first)).GetProperty("value").GetProperty("name").GetString());
        var other = await CreateAsync(_env.Client, SingleObject, "host", scope: "HOST-0000000000000001");
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Post_ExternalIdWithOwnersObjectId_ReplacesThatObject()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "v1", externalId: "ext-r");

        var again = await CreateAsync(_env.Client, Multi, "v2", externalId: "ext-r", extra: $",\"objectId\":\"{objectId}\"");

        Assert.Equal(objectId, again);
        Assert.Equal("v2", (await GetAsync(_env.Client, objectId)).GetProperty("value").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_ExplicitSchemaVersion_IsStored()
    {
        var objectId = await CreateAsync(_env.Client, Multi, "old", extra: ",\"schemaVersion\":\"1.0.0\"");

        Assert.Equal("1.0.0", (await GetAsync(_env.Client, objectId)).GetProperty("schemaVersion").GetString());
    }
}
