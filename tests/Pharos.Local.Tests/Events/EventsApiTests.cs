using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Events;

public sealed class EventsApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Ingest_DocsExampleForOneService_Returns201WithOneResult()
    {
        using var response = await _env.Client.PostJsonAsync("events/ingest",
            """{"eventType":"CUSTOM_INFO","title":"Loadtest start","timeout":30,"entitySelector":"type(SERVICE),entityName.equals(BookingService)","properties":{"Tool":"MyLoadTool","Load per minute":"100","Load pattern":"production"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(1, body.GetProperty("reportCount").GetInt32());
        var result = body.GetProperty("eventIngestResults")[0];
        Assert.Equal("OK", result.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{16}$", result.GetProperty("correlationId").GetString()!);
        Assert.NotNull(await _env.Environment.Entities.GetAsync(EntityTypes.DeriveId("SERVICE", "BookingService"), CancellationToken.None));
    }

    [Fact]
    public async Task Ingest_SelectorMatchingTwoHosts_ReturnsOneResultPerEntity()
    {
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "burst-1") { Tags = [EntityTag.Custom("pool", "cloud-burst")] }, CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "burst-2") { Tags = [EntityTag.Custom("pool", "cloud-burst")] }, CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "steady"), CancellationToken.None);

        using var response = await _env.Client.PostJsonAsync("events/ingest",
            """{"eventType":"MARKED_FOR_TERMINATION","title":"Planned host downscale","entitySelector":"type(HOST),tag(\"pool:cloud-burst\")","properties":{"job.number":"21234346"}}""");

        var body = await response.JsonAsync();
        Assert.Equal(2, body.GetProperty("reportCount").GetInt32());
        Assert.Equal(2, body.GetProperty("eventIngestResults").GetArrayLength());
    }

    [Fact]
    public async Task Ingest_WithoutSelector_AttachesToEnvironment()
    {
        using var response = await _env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_ANNOTATION","title":"note"}""");

        Assert.Equal(1, (await response.JsonAsync()).GetProperty("reportCount").GetInt32());
        using var list = await _env.Client.GetAsync("events");
        var entity = (await list.JsonAsync()).GetProperty("events")[0].GetProperty("entityId");
        Assert.Equal("ENVIRONMENT", entity.GetProperty("entityId").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ingest_StartTimeTooOld_ReportsInvalidTimestampsWith201()
    {
        var old = _env.Time.GetUtcNow().AddHours(-7).ToUnixTimeMilliseconds();

        using var response = await _env.Client.PostJsonAsync("events/ingest", $$"""{"eventType":"ERROR_EVENT","title":"late","startTime":{{old}}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("INVALID_TIMESTAMPS", (await response.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_InfoEventSevenDaysAhead_IsAccepted()
    {
        var ahead = _env.Time.GetUtcNow().AddDays(6).ToUnixTimeMilliseconds();

        using var response = await _env.Client.PostJsonAsync("events/ingest", $$"""{"eventType":"CUSTOM_DEPLOYMENT","title":"release","startTime":{{ahead}}}""");

        Assert.Equal("OK", (await response.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_UnknownEntityType_ReportsInvalidEntityType()
    {
        using var response = await _env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_INFO","title":"x","entitySelector":"type(SPACESHIP)"}""");

        Assert.Equal("INVALID_ENTITY_TYPE", (await response.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"title":"x"}""", "eventType", "Must not be null")]
    [InlineData("""{"eventType":"CUSTOM_INFOO","title":"x"}""", "eventType", "'CUSTOM_INFOO' is not an event type. Did you mean 'CUSTOM_INFO'?")]
    [InlineData("""{"eventType":"CUSTOM_INFO"}""", "title", "Must not be null")]
    [InlineData("""{"eventType":"CUSTOM_INFO","title":"x","timeout":0}""", "timeout", "Must be a positive number of minutes.")]
    [InlineData("""{"eventType":"CUSTOM_INFO","title":"x","entitySelector":"type(SERVICE"}""", "entitySelector", "SEL006: Expected ')'")]
    [InlineData("""{"eventType":"CUSTOM_INFO","title":"x","properties":{"k":{"nested":1}}}""", "properties/k", "The value must be a string.")]
    public async Task Ingest_InvalidBody_Returns400NamingTheField(string json, string path, string messageStart)
    {
        using var response = await _env.Client.PostJsonAsync("events/ingest", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal(path, violation.GetProperty("path").GetString());
        Assert.Equal("PAYLOAD_BODY", violation.GetProperty("parameterLocation").GetString());
        Assert.StartsWith(messageStart, violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_PropertyLimits_AreEnforced()
    {
        var many = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"k{i}\":\"v\""));
        var longKey = new string('k', 101);
        var longValue = new string('v', 4097);

        static string Body(string properties) => "{\"eventType\":\"CUSTOM_INFO\",\"title\":\"x\",\"properties\":{" + properties + "}}";
        using var tooMany = await _env.Client.PostJsonAsync("events/ingest", Body(many));
        using var keyTooLong = await _env.Client.PostJsonAsync("events/ingest", Body($"\"{longKey}\":\"v\""));
        using var valueTooLong = await _env.Client.PostJsonAsync("events/ingest", Body($"\"k\":\"{longValue}\""));
        using var atLimits = await _env.Client.PostJsonAsync("events/ingest", Body($"\"{new string('k', 100)}\":\"{new string('v', 4096)}\""));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, keyTooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, valueTooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, atLimits.StatusCode);
    }

    [Fact]
    public async Task ListEvents_AfterIngest_ReturnsEventShapeWithPropertyList()
    {
        using (await _env.Client.PostJsonAsync("events/ingest",
                   """{"eventType":"CUSTOM_INFO","title":"Loadtest start","entitySelector":"type(SERVICE),entityName.equals(BookingService)","properties":{"Tool":"MyLoadTool"}}"""))
        {
        }

        using var response = await _env.Client.GetAsync("events?eventSelector=eventType(\"CUSTOM_INFO\")&from=now-1h");

        var body = await response.JsonAsync();
        Assert.Equal(1, body.GetProperty("totalCount").GetInt32());
        var e = body.GetProperty("events")[0];
        Assert.Equal("OPEN", e.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("endTime").ValueKind);
        Assert.Equal("BookingService", e.GetProperty("entityId").GetProperty("name").GetString());
        Assert.Equal("""[{"key":"Tool","value":"MyLoadTool"}]""", e.GetProperty("properties").GetRawText());
        Assert.Matches("^-?[0-9]+_[0-9]+$", e.GetProperty("eventId").GetString()!);

        using var single = await _env.Client.GetAsync($"events/{e.GetProperty("eventId").GetString()}");
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
    }

    [Fact]
    public async Task Event_AfterTimeout_IsClosed()
    {
        using (await _env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_INFO","title":"short","timeout":5}""")) { }

        _env.Time.Advance(TimeSpan.FromMinutes(6));
        using var response = await _env.Client.GetAsync("events?eventSelector=status(\"CLOSED\")");

        var e = (await response.JsonAsync()).GetProperty("events")[0];
        Assert.Equal("CLOSED", e.GetProperty("status").GetString());
        Assert.Equal(e.GetProperty("startTime").GetInt64() + 5 * 60_000, e.GetProperty("endTime").GetInt64());
    }

    [Fact]
    public async Task Ingest_SamePayloadAgain_KeepsOneOpenEventWithSameCorrelationId()
    {
        const string json = """{"eventType":"CUSTOM_INFO","title":"repeat","timeout":10}""";
        using var first = await _env.Client.PostJsonAsync("events/ingest", json);
        _env.Time.Advance(TimeSpan.FromMinutes(5));
        using var second = await _env.Client.PostJsonAsync("events/ingest", json);

        var a = (await first.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("correlationId").GetString();
        var b = (await second.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("correlationId").GetString();
        Assert.Equal(a, b);
        _env.Time.Advance(TimeSpan.FromMinutes(8));
        using var list = await _env.Client.GetAsync("events?eventSelector=status(OPEN)");
        Assert.Equal(1, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ListEvents_Pagination_NextPageKeyAloneWalksAll()
    {
        for (var i = 0; i < 7; i++)
        {
            using (await _env.Client.PostJsonAsync("events/ingest", $$"""{"eventType":"CUSTOM_INFO","title":"e{{i}}"}""")) { }
        }

        var titles = new List<string>();
        var url = "events?pageSize=3";
        while (url is not null)
        {
            using var response = await _env.Client.GetAsync(url);
            var body = await response.JsonAsync();
            titles.AddRange(body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("title").GetString()!));
            var key = body.GetProperty("nextPageKey").GetString();
            url = key is null ? null : $"events?nextPageKey={key}";
        }

        Assert.Equal(7, titles.Distinct().Count());
        using var mixed = await _env.Client.GetAsync("events?nextPageKey=abc&pageSize=3");
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
    }

    [Fact]
    public async Task ListEvents_BadFrom_Returns400()
    {
        using var response = await _env.Client.GetAsync("events?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("from", (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Ingest_UnknownEntityId_CreatesThatEntity()
    {
        using var response = await _env.Client.PostJsonAsync("events/ingest",
            """{"eventType":"CUSTOM_CONFIGURATION","title":"config","entitySelector":"entityId(\"HOST-1234567890ABCDEF\")"}""");

        Assert.Equal("OK", (await response.JsonAsync()).GetProperty("eventIngestResults")[0].GetProperty("status").GetString());
        var entity = await _env.Environment.Entities.GetAsync("HOST-1234567890ABCDEF", CancellationToken.None);
        Assert.Equal("HOST", entity!.Type);
    }
}
