using System.Net;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsCreateErrorTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Post_MixedValidAndInvalid_Returns207WithPerItemResults()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "good"), Item(Multi, "")));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(200, body[0].GetProperty("code").GetInt32());
        Assert.Equal(400, body[1].GetProperty("code").GetInt32());
        Assert.Equal($"{Multi}/1/name", body[1].GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Post_AllInvalid_Returns400ArrayWithConstraintViolationsAndInvalidValue()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects",
            $$$"""[{"schemaId":"{{{Multi}}}","scope":"environment","value":{"name":" ","threshold":-1}}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            $$$"""[{"code":400,"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"{{{Multi}}}/0/name","message":"Must not be blank","parameterLocation":"PAYLOAD_BODY","location":null},{"path":"{{{Multi}}}/0/threshold","message":"Must be between 0 and 100","parameterLocation":"PAYLOAD_BODY","location":null}]},"invalidValue":{"name":" ","threshold":-1}}]""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Post_UnknownSchema_Returns404Array()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item("builtin:no.such.schema", "x")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var item = (await response.JsonAsync())[0];
        Assert.Equal(404, item.GetProperty("code").GetInt32());
        Assert.Equal("Settings schema 'builtin:no.such.schema' not found.", item.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_DuplicateExternalId_Returns409()
    {
        await CreateAsync(_env.Client, Multi, "first", externalId: "dup");

        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "second", externalId: "dup")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await response.JsonAsync())[0].GetProperty("error");
        Assert.Equal(409, error.GetProperty("code").GetInt32());
        Assert.Contains("externalId 'dup' is already used", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DuplicateExternalIdWithinOneBatch_SecondIs409()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "a", externalId: "same"), Item(Multi, "b", externalId: "same")));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal([200, 409], body.EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));
    }

    [Fact]
    public async Task Post_SameExternalIdInAnotherSchema_IsAllowed()
    {
        await CreateAsync(_env.Client, Multi, "a", externalId: "shared");

        await CreateAsync(_env.Client, Large, "b", externalId: "shared");
    }

    [Fact]
    public async Task Post_BeyondMaxObjects_Returns400ForTheExtraObject()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects",
            Array(Item(Multi, "1"), Item(Multi, "2"), Item(Multi, "3"), Item(Multi, "4")));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal([200, 200, 200, 400], body.EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));
        Assert.Equal(
            $"The maximum number of objects (3) for schema '{Multi}' on scope 'environment' is reached. Delete objects before adding new ones.",
            body[3].GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("message").GetString());
        await CreateAsync(_env.Client, Multi, "other scope", scope: "HOST-0000000000000001");
    }

    [Fact]
    public async Task Post_UniqueNameAcrossBatch_SecondViolates()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "twin"), Item(Multi, "twin")));

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        Assert.Equal($"{Multi}/1", body[1].GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("HOST_GROUP-ABC", "Scope 'HOST_GROUP-ABC' is not allowed for schema 'builtin:pharos.test.multi'. Allowed scopes: environment, HOST.")]
    [InlineData("not a scope", "Scope 'not a scope' is not a valid scope. Use 'environment', an entity id such as 'HOST-D3A3C5A146830A79', or 'metric-<metric key>'.")]
    public async Task Post_BadScope_Returns400WithScopePath(string scope, string message)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "x", scope: scope)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal($"{Multi}/0/scope", violation.GetProperty("path").GetString());
        Assert.Equal(message, violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_UnknownSchemaVersion_Returns400()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "x", extra: ",\"schemaVersion\":\"9.9\"")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            $"Schema version '9.9' of '{Multi}' is unknown. Omit schemaVersion or use '1.1.0'.",
            (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""[{"scope":"environment","value":{}}]""", "0/schemaId", "Must not be blank")]
    [InlineData("""[{"schemaId":"builtin:pharos.test.multi","value":{}}]""", "builtin:pharos.test.multi/0/scope", "Must not be blank")]
    [InlineData("""[{"schemaId":"builtin:pharos.test.multi","scope":"environment"}]""", "builtin:pharos.test.multi/0/value", "Must not be blank")]
    [InlineData("""[{"schemaId":"builtin:pharos.test.multi","scope":"environment","value":7}]""", "builtin:pharos.test.multi/0/value", "Must be a JSON object holding the setting's properties")]
    [InlineData("""[{"schemaId":5,"scope":"environment","value":{}}]""", "0/schemaId", "Must be a string")]
    [InlineData("""[42]""", "0", "Must be a JSON object with schemaId, scope and value.")]
    public async Task Post_MalformedItem_Returns400WithPathToTheProblem(string json, string path, string message)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal(path, violation.GetProperty("path").GetString());
        Assert.Equal(message, violation.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{}", "The request body must be a JSON array of settings objects")]
    [InlineData("[]", "The request body must contain at least one settings object.")]
    public async Task Post_BodyNotANonEmptyArray_Returns400Envelope(string json, string message)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal("Constraints violated.", error.GetProperty("message").GetString());
        Assert.StartsWith(message, error.GetProperty("constraintViolations")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidValidateOnly_Returns400QueryViolation()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects?validateOnly=maybe", Array(Item(Multi, "x")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"validateOnly","message":"'maybe' is not a boolean. Use true or false.","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Post_ObjectIdWithoutExternalId_Returns400()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "x", extra: ",\"objectId\":\"abc\"")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyTooLarge_Returns413()
    {
        var huge = Array(Item(Multi, new string('x', 1_100_000)));

        using var response = await _env.Client.PostJsonAsync("settings/objects", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }
}
