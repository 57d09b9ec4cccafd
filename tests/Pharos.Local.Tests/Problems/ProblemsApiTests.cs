using System.Net;
using System.Text.Json;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Problems;

public sealed class ProblemsApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("AVAILABILITY_EVENT", "AVAILABILITY")]
    [InlineData("ERROR_EVENT", "ERROR")]
    [InlineData("PERFORMANCE_EVENT", "PERFORMANCE")]
    [InlineData("RESOURCE_CONTENTION_EVENT", "RESOURCE_CONTENTION")]
    [InlineData("CUSTOM_ALERT", "CUSTOM_ALERT")]
    public async Task Ingest_ProblemRaisingType_OpensProblemWithSeverity(string eventType, string severity)
    {
        await IngestAsync(eventType, "Checkout down", "type(SERVICE),entityName.equals(checkout)");

        var problem = await SingleProblemAsync();

        Assert.Equal(severity, problem.GetProperty("severityLevel").GetString());
        Assert.Equal("OPEN", problem.GetProperty("status").GetString());
        Assert.Equal(-1, problem.GetProperty("endTime").GetInt64());
        Assert.Equal("SERVICES", problem.GetProperty("impactLevel").GetString());
        Assert.Equal("P-24051", problem.GetProperty("displayId").GetString());
        Assert.Matches("^-?[0-9]+_[0-9]+V2$", problem.GetProperty("problemId").GetString()!);
        var affected = problem.GetProperty("affectedEntities")[0];
        Assert.Equal(affected.GetRawText(), problem.GetProperty("rootCauseEntity").GetRawText());
        Assert.Equal("checkout", affected.GetProperty("name").GetString());
        Assert.Equal("SERVICE", affected.GetProperty("entityId").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("CUSTOM_INFO")]
    [InlineData("WARNING")]
    [InlineData("CUSTOM_DEPLOYMENT")]
    public async Task Ingest_InfoType_OpensNoProblem(string eventType)
    {
        await IngestAsync(eventType, "info", null);

        using var response = await _env.Client.GetAsync("problems");
        Assert.Equal(0, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Problem_AffectedEntities_ComeFromSelectorWithTagsAndZones()
    {
        var zone = new ManagementZoneRef("7", "Payments");
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "h1") { Tags = [EntityTag.Custom("stage", "prod")], ManagementZones = [zone] }, CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "h2") { Tags = [EntityTag.Custom("stage", "prod")], ManagementZones = [zone] }, CancellationToken.None);

        await IngestAsync("AVAILABILITY_EVENT", "Hosts unreachable", "type(HOST),tag(\"stage:prod\")");

        var problem = await SingleProblemAsync();
        Assert.Equal(2, problem.GetProperty("affectedEntities").GetArrayLength());
        Assert.Equal("INFRASTRUCTURE", problem.GetProperty("impactLevel").GetString());
        Assert.Equal("""[{"id":"7","name":"Payments"}]""", problem.GetProperty("managementZones").GetRawText());
        Assert.Equal("""[{"context":"CONTEXTLESS","key":"stage","value":"prod","stringRepresentation":"stage:prod"}]""", problem.GetProperty("entityTags").GetRawText());
    }

    [Fact]
    public async Task Problem_AfterTimeout_ClosesWithEndTime()
    {
        await IngestAsync("ERROR_EVENT", "Batch failed", null, timeout: 10);

        _env.Time.Advance(TimeSpan.FromMinutes(11));

        var problem = await SingleProblemAsync();
        Assert.Equal("CLOSED", problem.GetProperty("status").GetString());
        Assert.Equal(problem.GetProperty("startTime").GetInt64() + 10 * 60_000, problem.GetProperty("endTime").GetInt64());
    }

    [Fact]
    public async Task Ingest_SameProblemAgain_RefreshesInsteadOfOpeningAnother()
    {
        await IngestAsync("ERROR_EVENT", "Flapping", null, timeout: 10);
        _env.Time.Advance(TimeSpan.FromMinutes(8));
        await IngestAsync("ERROR_EVENT", "Flapping", null, timeout: 10);
        _env.Time.Advance(TimeSpan.FromMinutes(8));

        var problem = await SingleProblemAsync();
        Assert.Equal("OPEN", problem.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_OpenProblem_Returns200ThenSecondCloseReturns204()
    {
        await IngestAsync("CUSTOM_ALERT", "Manual", null);
        var problemId = (await SingleProblemAsync()).GetProperty("problemId").GetString();

        using var close = await _env.Client.PostJsonAsync($"problems/{problemId}/close", """{"message":"fixed by restart"}""");
        using var again = await _env.Client.PostJsonAsync($"problems/{problemId}/close", """{"message":"again"}""");

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var body = await close.JsonAsync();
        Assert.Equal(problemId, body.GetProperty("problemId").GetString());
        Assert.True(body.GetProperty("closing").GetBoolean());
        Assert.Equal(_env.Time.GetUtcNow().ToUnixTimeMilliseconds(), body.GetProperty("closeTimestamp").GetInt64());
        Assert.Equal("fixed by restart", body.GetProperty("comment").GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var problem = await SingleProblemAsync();
        Assert.Equal("CLOSED", problem.GetProperty("status").GetString());
        using var events = await _env.Client.GetAsync("events?eventSelector=status(OPEN)");
        Assert.Equal(0, (await events.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Close_UnknownProblem_Returns404AndMissingMessageReturns400()
    {
        using var unknown = await _env.Client.PostJsonAsync("problems/123_456V2/close", """{"message":"x"}""");
        using var noMessage = await _env.Client.PostJsonAsync("problems/123_456V2/close", "{}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noMessage.StatusCode);
    }

    [Fact]
    public async Task Comments_CreateListGetUpdateDelete()
    {
        await IngestAsync("CUSTOM_ALERT", "Commented", null);
        var problemId = (await SingleProblemAsync()).GetProperty("problemId").GetString();

        using var created = await _env.Client.PostJsonAsync($"problems/{problemId}/comments", """{"message":"looking","context":"oncall"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var commentId = (await created.JsonAsync()).GetProperty("id").GetString();

        using var list = await _env.Client.GetAsync($"problems/{problemId}/comments");
        var listBody = await list.JsonAsync();
        Assert.Equal(1, listBody.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, listBody.GetProperty("pageSize").GetInt32());
        Assert.Equal(_env.AdminToken[..31], listBody.GetProperty("comments")[0].GetProperty("authorName").GetString());

        using var update = await _env.Client.PutJsonAsync($"problems/{problemId}/comments/{commentId}", """{"message":"found it"}""");
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        using var get = await _env.Client.GetAsync($"problems/{problemId}/comments/{commentId}");
        Assert.Equal("found it", (await get.JsonAsync()).GetProperty("content").GetString());

        using var delete = await _env.Client.DeleteAsync($"problems/{problemId}/comments/{commentId}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await _env.Client.GetAsync($"problems/{problemId}/comments/{commentId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ListProblems_ProblemSelectorAndEntitySelector_Filter()
    {
        await IngestAsync("ERROR_EVENT", "Checkout errors", "type(SERVICE),entityName.equals(checkout)");
        await IngestAsync("PERFORMANCE_EVENT", "Slow search", "type(SERVICE),entityName.equals(search)");
        await IngestAsync("AVAILABILITY_EVENT", "Host down", "type(HOST),entityName.equals(db-1)");

        Assert.Equal(["Checkout errors"], await TitlesAsync("problemSelector=severityLevel(\"ERROR\")"));
        Assert.Equal(["Slow search"], await TitlesAsync("problemSelector=text(\"search\")"));
        Assert.Equal(["Host down"], await TitlesAsync("problemSelector=impactLevel(INFRASTRUCTURE)"));
        Assert.Equal(["Host down"], await TitlesAsync("entitySelector=type(\"HOST\")"));
        Assert.Equal(3, (await TitlesAsync("problemSelector=status(\"open\")")).Count);
        var displayId = (await SingleProblemAsync("problemSelector=text(checkout)")).GetProperty("displayId").GetString();
        Assert.Equal(["Checkout errors"], await TitlesAsync($"problemSelector=displayId(\"{displayId}\")"));
    }

    [Fact]
    public async Task ListProblems_FieldsAndPaginationWithFieldsAllowed()
    {
        for (var i = 0; i < 3; i++)
        {
            await IngestAsync("CUSTOM_ALERT", $"p{i}", null);
        }

        using var first = await _env.Client.GetAsync("problems?pageSize=2&fields=evidenceDetails");
        var body = await first.JsonAsync();
        Assert.Equal(2, body.GetProperty("pageSize").GetInt32());
        var evidence = body.GetProperty("problems")[0].GetProperty("evidenceDetails");
        Assert.Equal(1, evidence.GetProperty("totalCount").GetInt32());
        Assert.Equal("EVENT", evidence.GetProperty("details")[0].GetProperty("evidenceType").GetString());
        var key = body.GetProperty("nextPageKey").GetString();

        using var second = await _env.Client.GetAsync($"problems?nextPageKey={key}&fields=recentComments");
        var secondBody = await second.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(secondBody.GetProperty("problems").EnumerateArray());
        Assert.True(secondBody.GetProperty("problems")[0].TryGetProperty("recentComments", out _));
        using var mixed = await _env.Client.GetAsync($"problems?nextPageKey={key}&pageSize=1");
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
    }

    [Fact]
    public async Task GetProblem_ById_ReturnsEvidenceAndComments_UnknownIs404()
    {
        await IngestAsync("CUSTOM_ALERT", "single", null);
        var problemId = (await SingleProblemAsync()).GetProperty("problemId").GetString();

        using var response = await _env.Client.GetAsync($"problems/{problemId}");
        using var unknown = await _env.Client.GetAsync("problems/1_2V2");

        var body = await response.JsonAsync();
        Assert.True(body.TryGetProperty("evidenceDetails", out _));
        Assert.True(body.TryGetProperty("recentComments", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ListProblems_DefaultTimeframe_IsLastTwoHours()
    {
        await IngestAsync("CUSTOM_ALERT", "old", null, timeout: 10);
        _env.Time.Advance(TimeSpan.FromHours(3));

        Assert.Empty(await TitlesAsync(""));
        Assert.Equal(["old"], await TitlesAsync("from=now-4h"));
    }

    private async Task IngestAsync(string eventType, string title, string? selector, int timeout = 15)
    {
        var body = new Dictionary<string, object?> { ["eventType"] = eventType, ["title"] = title, ["timeout"] = timeout };
        if (selector is not null)
        {
            body["entitySelector"] = selector;
        }

        using var response = await _env.Client.PostJsonAsync("events/ingest", JsonSerializer.Serialize(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> SingleProblemAsync(string query = "")
    {
        using var response = await _env.Client.GetAsync("problems?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        return Assert.Single(body.GetProperty("problems").EnumerateArray());
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        using var response = await _env.Client.GetAsync("problems?" + query);
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
    }
}
