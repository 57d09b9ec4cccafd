using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Settings;

public class SettingsReadTests
{
    [Fact]
    public async Task ListObjects_ThreePages_SendsQueryFirstThenNextPageKeyAlone()
    {
        var t = new TestClient();
        t.Handler
            .Respond(200, """{"items":[{"objectId":"o1","externalId":"pharos:a","value":{"name":"A","nested":{"x":[1,2]}}}],"totalCount":3,"pageSize":1,"nextPageKey":"AQAAABQBAAAABQ=="}""")
            .Respond(200, """{"items":[{"objectId":"o2","value":{"name":"B"}}],"totalCount":3,"pageSize":1,"nextPageKey":"AQAAABQBAAAACg=="}""")
            .Respond(200, """{"items":[{"objectId":"o3","value":{"name":"C"}}],"totalCount":3,"pageSize":1,"nextPageKey":null}""");
        var query = new SettingsObjectQuery
        {
            SchemaIds = ["builtin:alerting.profile"],
            Scopes = ["environment"],
            Fields = [SettingsFields.ObjectId, SettingsFields.Value, SettingsFields.ExternalId],
            PageSize = 1,
        };

        var objects = await t.Client.Settings.ListObjectsAsync(query, CancellationToken.None).ToListAsync();

        Assert.Equal(["o1", "o2", "o3"], objects.Select(o => o.ObjectId));
        Assert.Equal(
            [
                "schemaIds=builtin%3Aalerting.profile&scopes=environment&fields=objectId%2Cvalue%2CexternalId&pageSize=1",
                "nextPageKey=AQAAABQBAAAABQ%3D%3D",
                "nextPageKey=AQAAABQBAAAACg%3D%3D",
            ],
            t.Handler.Requests.Select(r => r.Query));
        Assert.All(t.Handler.Requests, r => Assert.Equal("/api/v2/settings/objects", r.Path));
        Assert.Equal("""{"name":"A","nested":{"x":[1,2]}}""", objects[0].Value!.Value.GetRawText());
        Assert.Equal("pharos:a", objects[0].ExternalId);
        Assert.Equal(3, t.Client.Requests.RequestsFor("GET", SettingsApi.ObjectsTemplate));
    }

    [Fact]
    public async Task ListObjects_DefaultQuery_AsksForFiveHundredPerPage()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"items":[],"totalCount":0,"pageSize":500}""");

        var objects = await t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery { SchemaIds = ["builtin:monitoring.slo"], ExternalIds = ["pharos:x", "pharos:y"] }, CancellationToken.None).ToListAsync();

        Assert.Empty(objects);
        Assert.Equal("schemaIds=builtin%3Amonitoring.slo&externalIds=pharos%3Ax%2Cpharos%3Ay&pageSize=500", Assert.Single(t.Handler.Requests).Query);
    }

    [Fact]
    public async Task ListObjects_UnknownFields_KeptForRoundTrip()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """
            {"items":[{"objectId":"o1","schemaVersion":"8.6.3","scope":"environment","updateToken":"tok","created":1712000000000,
              "owner":{"type":"user","id":"u1"},"resourceContext":{"operations":["read","write"],"modifications":{"a":1}},
              "modificationInfo":{"deletable":true,"modifiable":true,"movable":false,"modifiablePaths":[],"nonModifiablePaths":["x"]},
              "futureField":{"k":"v"},"value":{}}],"totalCount":1,"pageSize":500}
            """);

        var item = Assert.Single(await t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery { Scopes = ["environment"] }, CancellationToken.None).ToListAsync());

        Assert.Equal("8.6.3", item.SchemaVersion);
        Assert.Equal("tok", item.UpdateToken);
        Assert.Equal(1712000000000, item.Created);
        Assert.Equal("user", item.Owner?.Type);
        Assert.Equal(["read", "write"], item.ResourceContext?.Operations);
        Assert.Equal(["x"], item.ModificationInfo?.NonModifiablePaths);
        Assert.Equal("""{"k":"v"}""", item.AdditionalProperties!["futureField"].GetRawText());
    }

    [Fact]
    public async Task ListObjects_ServerRepeatsPageKey_FailsInsteadOfLooping()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"items":[],"totalCount":0,"pageSize":1,"nextPageKey":"K"}""")
            .Respond(200, """{"items":[],"totalCount":0,"pageSize":1,"nextPageKey":"K"}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery { Scopes = ["environment"] }, CancellationToken.None).ToListAsync());

        Assert.Equal(DynatraceFailureKind.InvalidResponse, ex.Kind);
        Assert.Contains("nextPageKey it had returned before", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListObjects_NoSchemaOrScope_ThrowsBeforeSending()
    {
        var t = new TestClient();

        Assert.Throws<ArgumentException>(() => t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery(), CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery { Scopes = ["environment"], PageSize = 501 }, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => t.Client.Settings.ListObjectsAsync(new SettingsObjectQuery { ExternalIds = ["a,b"], Scopes = ["environment"] }, CancellationToken.None));
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task GetObject_Found_ReturnsAllFields()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"objectId":"vu9U3hXa3q0","schemaId":"builtin:monitoring.slo","schemaVersion":"6.0.14","scope":"environment","externalId":null,"summary":"Checkout","updateToken":"Y2k","created":1712000000000,"modified":1712000000001,"value":{"name":"Checkout"}}""");

        var item = await t.Client.Settings.GetObjectAsync("vu9U3hXa3q0", CancellationToken.None);

        Assert.NotNull(item);
        Assert.Equal("builtin:monitoring.slo", item.SchemaId);
        Assert.Equal(1712000000001, item.Modified);
        Assert.Equal("/api/v2/settings/objects/vu9U3hXa3q0", Assert.Single(t.Handler.Requests).Path);
    }

    [Fact]
    public async Task GetObject_404_ReturnsNull()
    {
        var t = new TestClient();
        t.Handler.Respond(404, """{"error":{"code":404,"message":"Settings not found"}}""");

        Assert.Null(await t.Client.Settings.GetObjectAsync("gone", CancellationToken.None));
    }

    [Fact]
    public async Task ListSchemas_WithFields_ReturnsStubs()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"items":[{"schemaId":"builtin:alerting.profile","displayName":"Problem alerting profiles","latestSchemaVersion":"8.6.3","multiObject":true,"ordered":false}],"totalCount":1}""");

        var schemas = await t.Client.Settings.ListSchemasAsync(["schemaId", "multiObject", "ordered"], CancellationToken.None);

        var stub = Assert.Single(schemas);
        Assert.Equal(new SettingsSchemaStub { SchemaId = "builtin:alerting.profile", DisplayName = "Problem alerting profiles", LatestSchemaVersion = "8.6.3", MultiObject = true, Ordered = false }, stub);
        Assert.Equal("fields=schemaId%2CmultiObject%2Cordered", t.Handler.Requests[0].Query);
    }

    [Fact]
    public async Task GetSchema_Version_ReturnsTypedFactsAndWholeDocument()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"schemaId":"builtin:monitoring.slo","version":"6.0.14","displayName":"SLOs","allowedScopes":["environment"],"multiObject":true,"maxObjects":10000,"properties":{"name":{"type":"text"}},"types":{},"enums":{}}""");

        var schema = await t.Client.Settings.GetSchemaAsync("builtin:monitoring.slo", "6.0.14", CancellationToken.None);

        Assert.NotNull(schema);
        Assert.Equal("6.0.14", schema.Version);
        Assert.Equal(["environment"], schema.AllowedScopes);
        Assert.Equal(10000, schema.MaxObjects);
        Assert.Equal("text", schema.Document.GetProperty("properties").GetProperty("name").GetProperty("type").GetString());
        Assert.Equal("/api/v2/settings/schemas/builtin%3Amonitoring.slo", t.Handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("schemaVersion=6.0.14", t.Handler.Requests[0].Query);
    }

    [Fact]
    public async Task GetSchema_Unknown_ReturnsNull()
    {
        var t = new TestClient();
        t.Handler.Respond(404, """{"error":{"code":404,"message":"Settings schema 'x' not found."}}""");

        Assert.Null(await t.Client.Settings.GetSchemaAsync("x", null, CancellationToken.None));
    }

    [Theory]
    [InlineData("builtin:openpipeline.metrics.routing/0/routingEntries/0/pipelineId", "builtin:openpipeline.metrics.routing", 0, "routingEntries/0/pipelineId")]
    [InlineData("builtin:monitoring.slo/12/name", "builtin:monitoring.slo", 12, "name")]
    [InlineData("builtin:monitoring.slo/3", "builtin:monitoring.slo", 3, "")]
    public void ViolationPath_PostShape_SplitsSchemaIndexAndProperty(string path, string schemaId, int index, string property)
    {
        Assert.Equal(new SettingsViolationPath(schemaId, index, property), SettingsViolationPath.TryParse(path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("flavor")]
    [InlineData("name/first")]
    public void ViolationPath_OtherShape_IsNull(string? path)
    {
        Assert.Null(SettingsViolationPath.TryParse(path));
    }

    [Fact]
    public void Values_SettingsObjectCreate_SerialiseAsTheApiExpects()
    {
        var value = JsonDocument.Parse("""{"name":"x","payload":"{\"State\":\"{State}\"} <b>it's</b>"}""").RootElement;
        var item = new SettingsObjectCreate("builtin:monitoring.slo", "environment", value) { ExternalId = "pharos:x", InsertAfter = "" };

        var json = JsonSerializer.Serialize(item, Pharos.Dynatrace.Json.DynatraceJson.Context.SettingsObjectCreate);

        Assert.Equal("""{"schemaId":"builtin:monitoring.slo","scope":"environment","value":{"name":"x","payload":"{\"State\":\"{State}\"} <b>it's</b>"},"externalId":"pharos:x","insertAfter":""}""", json);
    }
}
