using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Events;

public class EventsApiTests
{
    [Fact]
    public async Task Ingest_MatchingTwoEntities_ReturnsOneResultEach()
    {
        var t = new TestClient();
        t.Handler.Respond(201, """{"reportCount":2,"eventIngestResults":[{"correlationId":"eba82f647696e485","status":"OK"},{"correlationId":"c2","status":"INVALID_ENTITY_TYPE"}]}""");
        var ingest = new EventIngest("CUSTOM_DEPLOYMENT", "Deployed checkout 1.4.2")
        {
            EntitySelector = "type(\"SERVICE\"),tag(\"team:checkout\")",
            Timeout = 15,
            Properties = new Dictionary<string, string> { ["dt.event.deployment.name"] = "checkout 1.4.2" },
        };

        var results = await t.Client.Events.IngestAsync(ingest, CancellationToken.None);

        Assert.Equal(2, results.ReportCount);
        Assert.Equal(["OK", "INVALID_ENTITY_TYPE"], results.Results.Select(r => r.Status));
        Assert.False(results.AllOk);
        Assert.True(results.Results[0].IsOk);
        Assert.Equal(
            """{"eventType":"CUSTOM_DEPLOYMENT","title":"Deployed checkout 1.4.2","timeout":15,"entitySelector":"type(\"SERVICE\"),tag(\"team:checkout\")","properties":{"dt.event.deployment.name":"checkout 1.4.2"}}""",
            t.Handler.Requests[0].Body);
        Assert.Equal("/api/v2/events/ingest", t.Handler.Requests[0].Path);
    }

    [Fact]
    public async Task Ingest_Unavailable_IsRepeated()
    {
        var t = new TestClient();
        t.Handler.Respond(503).Respond(201, """{"reportCount":1,"eventIngestResults":[{"correlationId":"c","status":"OK"}]}""");

        var results = await t.Client.Events.IngestAsync(new EventIngest("CUSTOM_INFO", "x"), CancellationToken.None);

        Assert.True(results.AllOk);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task List_TwoPages_FollowsNextPageKeyAlone()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """
            {"totalCount":2,"pageSize":1,"nextPageKey":"P2","events":[{"eventId":"e1","eventType":"CUSTOM_DEPLOYMENT","title":"d","startTime":1,"endTime":null,"status":"OPEN",
              "entityId":{"entityId":{"id":"SERVICE-1","type":"SERVICE"},"name":"checkout"},"properties":[{"key":"k","value":"v"}],"managementZones":[{"id":"6143976176513989654","name":"Checkout"}]}]}
            """)
            .Respond(200, """{"totalCount":2,"pageSize":1,"events":[{"eventId":"e2","status":"CLOSED","endTime":5}]}""");

        var events = await t.Client.Events.ListAsync(new EventQuery { From = "now-1d", EventSelector = "status(\"OPEN\")", PageSize = 1 }, CancellationToken.None).ToListAsync();

        Assert.Equal(["e1", "e2"], events.Select(e => e.EventId));
        Assert.Equal("SERVICE-1", events[0].EntityId?.EntityId?.Id);
        Assert.Equal(new EventProperty { Key = "k", Value = "v" }, Assert.Single(events[0].Properties));
        Assert.Null(events[0].EndTime);
        Assert.Equal(["from=now-1d&eventSelector=status%28%22OPEN%22%29&pageSize=1", "nextPageKey=P2"], t.Handler.Requests.Select(r => r.Query));
    }
}
