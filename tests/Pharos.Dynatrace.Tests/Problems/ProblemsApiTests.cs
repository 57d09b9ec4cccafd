using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Problems;

public class ProblemsApiTests
{
    private const string ProblemJson = """
        {"problemId":"-6156404735398726308_1669823466223V2","displayId":"P-221194163","title":"High failure rate","impactLevel":"SERVICES","severityLevel":"ERROR",
         "status":"OPEN","startTime":1669823466223,"endTime":-1,"affectedEntities":[{"entityId":{"id":"SERVICE-1","type":"SERVICE"},"name":"checkout"}],
         "impactedEntities":[],"rootCauseEntity":null,"managementZones":[],"entityTags":[{"context":"CONTEXTLESS","key":"team","value":"checkout","stringRepresentation":"team:checkout"}],
         "problemFilters":[{"id":"pf","name":"Checkout team"}],"k8s.namespace.name":["shop"],
         "evidenceDetails":{"totalCount":1,"details":[{"evidenceType":"METRIC","displayName":"Failure rate","entity":{"entityId":{"id":"SERVICE-1","type":"SERVICE"}},"rootCauseRelevant":true,"startTime":1,"endTime":2,"metricId":"builtin:service.errors.server.rate","unit":"Percent","valueBeforeChangePoint":0.1,"valueAfterChangePoint":12.5}]}}
        """;

    [Fact]
    public async Task List_WithFields_RepeatsFieldsWithNextPageKey()
    {
        var t = new TestClient();
        t.Handler.Respond(200, $$"""{"totalCount":2,"pageSize":1,"nextPageKey":"K2","problems":[{{ProblemJson}}]}""")
            .Respond(200, """{"totalCount":2,"pageSize":1,"problems":[{"problemId":"p2","status":"CLOSED","startTime":1,"endTime":2}]}""");
        var query = new ProblemQuery
        {
            ProblemSelector = "status(\"open\")", EntitySelector = "type(\"SERVICE\")", From = "now-1d", To = "now", Sort = "-startTime", PageSize = 1,
            Fields = ["evidenceDetails", "recentComments"],
        };

        var problems = await t.Client.Problems.ListAsync(query, CancellationToken.None).ToListAsync();

        Assert.Equal(2, problems.Count);
        Assert.Equal(
            [
                "problemSelector=status%28%22open%22%29&entitySelector=type%28%22SERVICE%22%29&from=now-1d&to=now&sort=-startTime&pageSize=1&fields=evidenceDetails%2CrecentComments",
                "nextPageKey=K2&fields=evidenceDetails%2CrecentComments",
            ],
            t.Handler.Requests.Select(r => r.Query));
        var first = problems[0];
        Assert.Equal(-1, first.EndTime);
        Assert.Null(first.RootCauseEntity);
        Assert.Equal(["shop"], first.K8sNamespaceName);
        Assert.Equal("team:checkout", first.EntityTags[0].StringRepresentation);
        var evidence = Assert.Single(first.EvidenceDetails!.Details);
        Assert.Equal(("METRIC", 12.5), (evidence.EvidenceType, evidence.ValueAfterChangePoint!.Value));
    }

    [Fact]
    public async Task Get_Unknown_ReturnsNull()
    {
        var t = new TestClient();
        t.Handler.Respond(404, """{"error":{"code":404,"message":"Problem not found"}}""");

        Assert.Null(await t.Client.Problems.GetAsync("nope", null, CancellationToken.None));
    }

    [Fact]
    public async Task Get_Known_ReadsProblemAndEscapesId()
    {
        var t = new TestClient();
        t.Handler.Respond(200, ProblemJson);

        var problem = await t.Client.Problems.GetAsync("-6156404735398726308_1669823466223V2", ["evidenceDetails"], CancellationToken.None);

        Assert.Equal("P-221194163", problem?.DisplayId);
        Assert.Equal("/api/v2/problems/-6156404735398726308_1669823466223V2", t.Handler.Requests[0].Path);
        Assert.Equal("fields=evidenceDetails", t.Handler.Requests[0].Query);
    }

    [Fact]
    public async Task Close_Open_PostsMessageAndReturnsResult()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"problemId":"p1","closing":true,"closeTimestamp":1700000000000,"comment":{"id":"c1","createdAtTimestamp":1700000000000,"authorName":"pharos","content":"fixed","context":"pharos"}}""");

        var result = await t.Client.Problems.CloseAsync("p1", "fixed by rollback", CancellationToken.None);

        Assert.NotNull(result);
        Assert.True(result.Closing);
        Assert.Equal("fixed", result.Comment?.Content);
        Assert.Equal(("POST", "/api/v2/problems/p1/close", """{"message":"fixed by rollback"}"""), (t.Handler.Requests[0].Method, t.Handler.Requests[0].Path, t.Handler.Requests[0].Body));
    }

    [Fact]
    public async Task Close_AlreadyClosed204_ReturnsNull()
    {
        var t = new TestClient();
        t.Handler.Respond(204);

        Assert.Null(await t.Client.Problems.CloseAsync("p1", "again", CancellationToken.None));
    }

    [Fact]
    public async Task AddComment_PostsMessageAndContext_ReturnsTheCreatedComment()
    {
        var t = new TestClient();
        t.Handler.Respond(201, """{"id":"c7","createdAtTimestamp":1700000000000,"authorName":"ci","content":"deployed 1.4.2","context":"pharos trace"}""");

        var comment = await t.Client.Problems.AddCommentAsync("p/1", "deployed 1.4.2", "pharos trace", CancellationToken.None);

        Assert.Equal(("c7", "deployed 1.4.2", "pharos trace"), (comment.Id, comment.Content, comment.Context));
        Assert.Equal(("POST", "/api/v2/problems/p%2F1/comments", """{"message":"deployed 1.4.2","context":"pharos trace"}"""),
            (t.Handler.Requests[0].Method, t.Handler.Requests[0].Path, t.Handler.Requests[0].Body));
    }

    [Fact]
    public async Task AddComment_WithoutContext_SendsMessageOnly()
    {
        var t = new TestClient();
        t.Handler.Respond(201, """{"id":"c8","createdAtTimestamp":1,"content":"x"}""");

        await t.Client.Problems.AddCommentAsync("p1", "x", null, CancellationToken.None);

        Assert.Equal("""{"message":"x"}""", t.Handler.Requests[0].Body);
    }

    [Fact]
    public async Task AddComment_ServerErrorAfterSending_IsNotRetried()
    {
        var t = new TestClient();
        t.Handler.Respond(503, """{"error":{"code":503,"message":"unavailable"}}""").Respond(201, """{"id":"c9","createdAtTimestamp":1,"content":"x"}""");

        await Assert.ThrowsAsync<Pharos.Dynatrace.Errors.DynatraceApiException>(() => t.Client.Problems.AddCommentAsync("p1", "x", null, CancellationToken.None));

        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task ListComments_FollowsNextPageKeyAlone()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"totalCount":2,"pageSize":1,"nextPageKey":"K2","comments":[{"id":"c1","createdAtTimestamp":1,"content":"first"}]}""")
            .Respond(200, """{"totalCount":2,"pageSize":1,"comments":[{"id":"c2","createdAtTimestamp":2,"content":"second"}]}""");

        var comments = await t.Client.Problems.ListCommentsAsync("p1", CancellationToken.None).ToListAsync();

        Assert.Equal(["first", "second"], comments.Select(c => c.Content));
        Assert.Equal(["pageSize=500", "nextPageKey=K2"], t.Handler.Requests.Select(r => r.Query));
        Assert.All(t.Handler.Requests, r => Assert.Equal("/api/v2/problems/p1/comments", r.Path));
    }
}
