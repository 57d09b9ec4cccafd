using System.Net.Http.Headers;
using System.Text.Json;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Settings;

public class SettingsCreateTests
{
    private const string Schema = "builtin:monitoring.slo";

    private static SettingsObjectCreate Item(string name, string? externalId = null) =>
        new(Schema, "environment", JsonDocument.Parse($$"""{"name":"{{name}}"}""").RootElement) { ExternalId = externalId };

    private static Task<SettingsCreateResult> Create(TestClient t, IReadOnlyList<SettingsObjectCreate> items, SettingsCreateOptions? options = null) =>
        t.Client.Settings.CreateObjectsAsync(items, options ?? SettingsCreateOptions.Default, CancellationToken.None);

    [Fact]
    public async Task Create_AllOk_ReturnsObjectIdsByIndexAndPostsArray()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """[{"code":200,"objectId":"id-a"},{"code":200,"objectId":"id-b"}]""");

        var result = await Create(t, [Item("a", "pharos:a"), Item("b", "pharos:b")]);

        Assert.True(result.AllSucceeded);
        Assert.Equal([(0, "id-a"), (1, "id-b")], result.Items.Select(i => (i.Index, i.ObjectId!)));
        var request = Assert.Single(t.Handler.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("", request.Query);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(
            """[{"schemaId":"builtin:monitoring.slo","scope":"environment","value":{"name":"a"},"externalId":"pharos:a"},{"schemaId":"builtin:monitoring.slo","scope":"environment","value":{"name":"b"},"externalId":"pharos:b"}]""",
            request.Body);
        Assert.Equal(1, t.Client.Requests.Writes);
    }

    [Fact]
    public async Task Create_207Mixed_EachObjectGetsItsOwnOutcome()
    {
        var t = new TestClient();
        t.Handler.Respond(207, """
            [{"code":200,"objectId":"id-a"},
             {"code":400,"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"builtin:monitoring.slo/1/name","message":"Must not be blank","parameterLocation":"PAYLOAD_BODY","location":null}]},"invalidValue":{"name":""}},
             {"code":200,"objectId":"id-c"}]
            """);

        var result = await Create(t, [Item("a"), Item(""), Item("c")]);

        Assert.False(result.AllSucceeded);
        Assert.Null(result.BatchFailure);
        Assert.Equal([200, 400, 200], result.Items.Select(i => i.Code));
        var failed = result.Items[1];
        Assert.Equal(1, failed.Index);
        Assert.Null(failed.ObjectId);
        Assert.Null(failed.Failure);
        var violation = Assert.Single(failed.Error!.ConstraintViolations);
        Assert.Equal(new SettingsViolationPath(Schema, 1, "name"), SettingsViolationPath.TryParse(violation.Path));
        Assert.Equal("""{"name":""}""", failed.InvalidValue!.Value.GetRawText());
    }

    [Fact]
    public async Task Create_400ArrayAllFailing_ReturnsResultsNotException()
    {
        var t = new TestClient();
        t.Handler.Respond(400, """[{"code":400,"error":{"code":400,"message":"Constraints violated."}}]""");

        var result = await Create(t, [Item("")]);

        Assert.Null(result.BatchFailure);
        Assert.Equal(400, Assert.Single(result.Items).Code);
    }

    [Fact]
    public async Task Create_ValidateOnly_SendsFlagAndIsNotAWrite()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """[{"code":200}]""");

        var result = await Create(t, [Item("a")], new SettingsCreateOptions { ValidateOnly = true });

        Assert.True(result.AllSucceeded);
        Assert.Equal("validateOnly=true", t.Handler.Requests[0].Query);
        Assert.Equal(0, t.Client.Requests.Writes);
        Assert.False(t.Exchanges[0].IsWrite);
    }

    [Fact]
    public async Task Create_BatchesByCount_MapsEveryIndexBack()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """[{"code":200,"objectId":"0"},{"code":200,"objectId":"1"}]""")
            .Respond(207, """[{"code":200,"objectId":"2"},{"code":409,"error":{"code":409,"message":"taken"}}]""")
            .Respond(200, """[{"code":200,"objectId":"4"}]""");

        var result = await Create(t, [Item("a"), Item("b"), Item("c"), Item("d"), Item("e")], new SettingsCreateOptions { MaxBatchSize = 2 });

        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.Equal([0, 1, 2, 3, 4], result.Items.Select(i => i.Index));
        Assert.Equal(["0", "1", "2", null, "4"], result.Items.Select(i => i.ObjectId));
        Assert.Equal(409, result.Items[3].Code);
        Assert.Equal(2, JsonDocument.Parse(t.Handler.Requests[1].Body!).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Create_BatchesByBytes_SplitsLargeBodies()
    {
        var t = new TestClient();
        var big = new string('x', 400);
        t.Handler.Respond(200, """[{"code":200,"objectId":"0"},{"code":200,"objectId":"1"}]""")
            .Respond(200, """[{"code":200,"objectId":"2"}]""");

        var result = await Create(t, [Item(big), Item(big), Item(big)], new SettingsCreateOptions { MaxBatchBytes = 1000 });

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.All(t.Handler.Requests, r => Assert.True(r.Body!.Length <= 1000));
        Assert.Equal(3, result.Items.Count);
    }

    [Fact]
    public async Task Create_SecondBatchForbidden_KeepsFirstResultsAndMarksRest()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """[{"code":200,"objectId":"0"}]""")
            .Respond(403, """{"error":{"code":403,"message":"Token is missing required scope. Use one of: settings.write (Write settings)"}}""");

        var result = await Create(t, [Item("a"), Item("b"), Item("c")], new SettingsCreateOptions { MaxBatchSize = 1 });

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.NotNull(result.BatchFailure);
        Assert.Equal(DynatraceFailureKind.Forbidden, result.BatchFailure.Kind);
        Assert.Equal("0", result.Items[0].ObjectId);
        Assert.Equal((403, DynatraceFailureKind.Forbidden, false), (result.Items[1].Code, result.Items[1].Failure!.Value, result.Items[1].NotSent));
        Assert.Contains("settings.write", result.Items[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal((0, true), (result.Items[2].Code, result.Items[2].NotSent));
        Assert.Throws<Pharos.Dynatrace.Errors.DynatraceApiException>(result.ThrowIfBatchFailed);
    }

    [Fact]
    public async Task Create_400Envelope_IsABatchFailureWithTheError()
    {
        var t = new TestClient();
        t.Handler.Respond(400, """{"error":{"code":400,"message":"The request body must be a JSON array."}}""");

        var result = await Create(t, [Item("a")]);

        Assert.Equal(DynatraceFailureKind.BadRequest, result.BatchFailure?.Kind);
        Assert.Equal("The request body must be a JSON array.", result.Items[0].Error?.Message);
    }

    [Fact]
    public async Task Create_ResultCountMismatch_IsInvalidResponse()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """[{"code":200,"objectId":"0"}]""");

        var result = await Create(t, [Item("a"), Item("b")]);

        Assert.Equal(DynatraceFailureKind.InvalidResponse, result.BatchFailure?.Kind);
        Assert.Contains("1 results for 2 objects", result.BatchFailure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutExternalIds_503NotRepeated()
    {
        var t = new TestClient();
        t.Handler.Respond(503);

        var result = await Create(t, [Item("a", "pharos:a"), Item("b")]);

        Assert.Single(t.Handler.Requests);
        Assert.Equal(Pharos.Dynatrace.Http.DynatraceRetryStop.NotSafeToRepeat, result.BatchFailure?.StopReason);
        Assert.True(result.Items[0].AfterUnknownOutcome);
    }

    [Fact]
    public async Task Create_WithoutExternalIds_429IsRepeated()
    {
        var t = new TestClient();
        t.Handler.Respond(429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Respond(200, """[{"code":200,"objectId":"id-a"}]""");

        var result = await Create(t, [Item("a")]);

        Assert.True(result.AllSucceeded);
        Assert.False(result.Items[0].AfterUnknownOutcome);
        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal(t.Handler.Requests[0].Body, t.Handler.Requests[1].Body);
    }

    [Fact]
    public async Task Create_AllExternalIds_TimeoutIsRepeated()
    {
        var t = new TestClient();
        t.Handler.Throw(new TaskCanceledException("timeout", new TimeoutException()))
            .Respond(200, """[{"code":200,"objectId":"id-a"}]""");

        var result = await Create(t, [Item("a", "pharos:a")]);

        Assert.True(result.AllSucceeded);
        Assert.True(result.Items[0].AfterUnknownOutcome);
    }

    [Fact]
    public async Task Create_409AfterUnknownOutcome_LooksUpExternalIdAndRecovers()
    {
        var t = new TestClient();
        t.Handler.Respond(504)
            .Respond(207, """[{"code":409,"error":{"code":409,"message":"externalId 'pharos:a' is already used"}},{"code":200,"objectId":"id-b"}]""")
            .Respond(200, """{"items":[{"objectId":"id-a","externalId":"pharos:a","scope":"environment"}],"totalCount":1,"pageSize":500}""");

        var result = await Create(t, [Item("a", "pharos:a"), Item("b", "pharos:b")]);

        Assert.True(result.AllSucceeded);
        var recovered = result.Items[0];
        Assert.Equal((200, "id-a", true, true), (recovered.Code, recovered.ObjectId, recovered.RecoveredByExternalId, recovered.AfterUnknownOutcome));
        Assert.Null(recovered.Error);
        Assert.False(result.Items[1].RecoveredByExternalId);
        var lookup = t.Handler.Requests[2];
        Assert.Equal("GET", lookup.Method);
        Assert.Equal("schemaIds=builtin%3Amonitoring.slo&externalIds=pharos%3Aa&fields=objectId%2CexternalId%2Cscope&pageSize=500", lookup.Query);
    }

    [Fact]
    public async Task Create_409AfterUnknownOutcome_FoundOnOtherScope_Stays409()
    {
        var t = new TestClient();
        t.Handler.Respond(503)
            .Respond(409, """[{"code":409,"error":{"code":409,"message":"taken"}}]""")
            .Respond(200, """{"items":[{"objectId":"id-x","externalId":"pharos:a","scope":"HOST-1"}],"totalCount":1,"pageSize":500}""");

        var result = await Create(t, [Item("a", "pharos:a")]);

        Assert.Equal((409, false, true), (result.Items[0].Code, result.Items[0].RecoveredByExternalId, result.Items[0].AfterUnknownOutcome));
    }

    [Fact]
    public async Task Create_409OnFirstAttempt_IsAGenuineConflictWithoutLookup()
    {
        var t = new TestClient();
        t.Handler.Respond(409, """[{"code":409,"error":{"code":409,"message":"taken"}}]""");

        var result = await Create(t, [Item("a", "pharos:a")]);

        Assert.Single(t.Handler.Requests);
        Assert.Equal((409, false, false), (result.Items[0].Code, result.Items[0].RecoveredByExternalId, result.Items[0].AfterUnknownOutcome));
    }

    [Fact]
    public async Task Create_LookupFails_Keeps409()
    {
        var t = new TestClient();
        t.Handler.Respond(503)
            .Respond(409, """[{"code":409,"error":{"code":409,"message":"taken"}}]""")
            .Respond(403, """{"error":{"code":403,"message":"no settings.read"}}""");

        var result = await Create(t, [Item("a", "pharos:a")]);

        Assert.Null(result.BatchFailure);
        Assert.Equal(409, result.Items[0].Code);
    }

    [Fact]
    public async Task Create_ValueNotAnObject_ThrowsBeforeSending()
    {
        var t = new TestClient();
        var item = new SettingsObjectCreate(Schema, "environment", JsonDocument.Parse("[1]").RootElement);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Create(t, [item]));

        Assert.Equal("objects[0].Value", ex.ParamName);
        Assert.Empty(t.Handler.Requests);
    }
}
