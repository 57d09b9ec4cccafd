using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Settings;

public class SettingsUpdateDeleteTests
{
    private static readonly JsonElement Value = JsonDocument.Parse("""{"name":"x"}""").RootElement;

    [Fact]
    public async Task Update_WithUpdateToken_PutsBodyAndReturnsResult()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"code":200,"objectId":"id-1"}""");

        var result = await t.Client.Settings.UpdateObjectAsync("id-1", new SettingsObjectUpdate(Value) { UpdateToken = "tok" }, validateOnly: false, CancellationToken.None);

        Assert.Equal((200, "id-1"), (result.Code, result.ObjectId));
        var request = Assert.Single(t.Handler.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/api/v2/settings/objects/id-1", request.Path);
        Assert.Equal("""{"value":{"name":"x"},"updateToken":"tok"}""", request.Body);
        Assert.Equal(1, t.Client.Requests.Writes);
    }

    [Fact]
    public async Task Update_StaleToken409_IsReturnedNotThrown()
    {
        var t = new TestClient();
        t.Handler.Respond(409, """{"code":409,"error":{"code":409,"message":"Conflicting resource"}}""");

        var result = await t.Client.Settings.UpdateObjectAsync("id-1", new SettingsObjectUpdate(Value) { UpdateToken = "old" }, false, CancellationToken.None);

        Assert.Equal(409, result.Code);
        Assert.False(result.IsSuccess);
        Assert.Equal("Conflicting resource", result.Error?.Message);
    }

    [Fact]
    public async Task Update_404AsEnvelope_ResultCarriesHttpStatus()
    {
        var t = new TestClient();
        t.Handler.Respond(404, """{"error":{"code":404,"message":"Settings not found"}}""");

        var result = await t.Client.Settings.UpdateObjectAsync("gone", new SettingsObjectUpdate(Value), false, CancellationToken.None);

        Assert.Equal(404, result.Code);
        Assert.Equal("Settings not found", result.Error?.Message);
    }

    [Fact]
    public async Task Update_ValidateOnly_SendsFlagAndIsNotAWrite()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"code":200,"objectId":"id-1"}""");

        await t.Client.Settings.UpdateObjectAsync("id-1", new SettingsObjectUpdate(Value), validateOnly: true, CancellationToken.None);

        Assert.Equal("validateOnly=true", t.Handler.Requests[0].Query);
        Assert.Equal(0, t.Client.Requests.Writes);
    }

    [Fact]
    public async Task Update_Unavailable_IsRepeatedAsIdempotent()
    {
        var t = new TestClient();
        t.Handler.Respond(503).Respond(409, """{"code":409,"error":{"code":409,"message":"Conflicting resource"}}""");

        var result = await t.Client.Settings.UpdateObjectAsync("id-1", new SettingsObjectUpdate(Value) { UpdateToken = "tok" }, false, CancellationToken.None);

        Assert.Equal(409, result.Code);
        Assert.True(result.AfterUnknownOutcome);
    }

    [Fact]
    public async Task Update_Forbidden_Throws()
    {
        var t = new TestClient();
        t.Handler.Respond(403, """{"error":{"code":403,"message":"Token is missing required scope. Use one of: settings.write (Write settings)"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Settings.UpdateObjectAsync("id-1", new SettingsObjectUpdate(Value), false, CancellationToken.None));

        Assert.Equal(DynatraceFailureKind.Forbidden, ex.Kind);
        Assert.Equal("/settings/objects/{objectId}", ex.PathTemplate);
    }

    [Fact]
    public async Task Delete_204_SucceedsWithUpdateTokenInQuery()
    {
        var t = new TestClient();
        t.Handler.Respond(204);

        var result = await t.Client.Settings.DeleteObjectAsync("id-1", "tok==", CancellationToken.None);

        Assert.Equal((204, "id-1", true), (result.Code, result.ObjectId, result.IsSuccess));
        Assert.Equal("DELETE", t.Handler.Requests[0].Method);
        Assert.Equal("updateToken=tok%3D%3D", t.Handler.Requests[0].Query);
    }

    [Fact]
    public async Task Delete_AfterUnknownOutcome404_SaysSo()
    {
        var t = new TestClient();
        t.Handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"))
            .Respond(404, """{"error":{"code":404,"message":"Settings not found"}}""");

        var result = await t.Client.Settings.DeleteObjectAsync("id-1", null, CancellationToken.None);

        Assert.Equal((404, true), (result.Code, result.AfterUnknownOutcome));
    }
}
