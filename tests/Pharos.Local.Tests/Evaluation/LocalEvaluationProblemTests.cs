using System.Net;
using System.Text.Json;
using Pharos.Evaluation.Problems;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Evaluation;

/// <summary>Metric events and ingested events open, merge and close problems that the problems API serves.</summary>
public sealed class LocalEvaluationProblemTests : IAsyncLifetime
{
    private EvaluationScenario _scenario = null!;
    private string _service = "";

    private static DateTimeOffset Start => ManualTimeProvider.DefaultStart;

    public async Task InitializeAsync()
    {
        _scenario = await EvaluationScenario.StartAsync();
        _service = await _scenario.RegisterServiceAsync("checkout");
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task MetricEvent_AboveThreshold_OpensProblemWithRootCauseAndClosesWhenDataRecovers()
    {
        await _scenario.CreateMetricEventAsync();

        await _scenario.MinuteAsync(_service, 50);
        Assert.Empty(await _scenario.ProblemsAsync());
        await _scenario.MinuteAsync(_service, 150);

        var problem = Assert.Single(await _scenario.ProblemsAsync());
        Assert.Equal("Checkout latency high", problem.GetProperty("title").GetString());
        Assert.Equal("OPEN", problem.GetProperty("status").GetString());
        Assert.Equal("ERROR", problem.GetProperty("severityLevel").GetString());
        Assert.Equal("SERVICES", problem.GetProperty("impactLevel").GetString());
        Assert.Equal("P-24051", problem.GetProperty("displayId").GetString());
        Assert.Equal(Start.AddMinutes(1).ToUnixTimeMilliseconds(), problem.GetProperty("startTime").GetInt64());
        var root = problem.GetProperty("rootCauseEntity");
        Assert.Equal(_service, root.GetProperty("entityId").GetProperty("id").GetString());
        Assert.Equal("checkout", root.GetProperty("name").GetString());
        Assert.Equal(_service, problem.GetProperty("impactedEntities")[0].GetProperty("entityId").GetProperty("id").GetString());
        Assert.Equal("team:checkout", problem.GetProperty("entityTags")[0].GetProperty("stringRepresentation").GetString());
        var evidence = problem.GetProperty("evidenceDetails").GetProperty("details")[0];
        Assert.Equal("EVENT", evidence.GetProperty("evidenceType").GetString());
        Assert.Equal("ERROR_EVENT", evidence.GetProperty("eventType").GetString());
        Assert.Equal(_service, evidence.GetProperty("entity").GetProperty("entityId").GetProperty("id").GetString());

        for (var i = 0; i < 3; i++)
        {
            await _scenario.MinuteAsync(_service, 50);
        }

        var closed = await _scenario.ProblemAsync(problem.GetProperty("problemId").GetString()!);
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal(Start.AddMinutes(4).ToUnixTimeMilliseconds(), closed.GetProperty("endTime").GetInt64());
        using var events = await _scenario.Env.Client.GetAsync("events?from=now-1h&eventSelector=eventType(ERROR_EVENT)");
        var e = Assert.Single((await events.JsonAsync()).GetProperty("events").EnumerateArray());
        Assert.Equal("CLOSED", e.GetProperty("status").GetString());
        Assert.Equal(e.GetProperty("eventId").GetString(), closed.GetProperty("evidenceDetails").GetProperty("details")[0].GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task IngestedEvent_OnTheEntityOfAMetricEventProblem_JoinsThatProblemAtOnce()
    {
        await _scenario.CreateMetricEventAsync();
        await _scenario.MinuteAsync(_service, 150);

        await _scenario.IngestEventAsync("CUSTOM_ALERT", "Checkout deployment failed", "type(SERVICE),entityName.equals(checkout)");

        var problem = Assert.Single(await _scenario.ProblemsAsync());
        Assert.Equal("Checkout latency high", problem.GetProperty("title").GetString());
        Assert.Equal("ERROR", problem.GetProperty("severityLevel").GetString());
        var details = problem.GetProperty("evidenceDetails").GetProperty("details").EnumerateArray().Select(d => d.GetProperty("displayName").GetString()).ToList();
        Assert.Equal(["Checkout latency high", "Checkout deployment failed"], details);
    }

    [Fact]
    public async Task IngestedEvent_OnAnotherEntity_OpensItsOwnProblemBeforeAnyCycle()
    {
        await _scenario.CreateMetricEventAsync();
        await _scenario.MinuteAsync(_service, 150);

        await _scenario.IngestEventAsync("ERROR_EVENT", "Ledger errors", "type(SERVICE),entityName.equals(ledger)");

        Assert.Equal(["Checkout latency high", "Ledger errors"], (await _scenario.ProblemsAsync()).Select(p => p.GetProperty("title").GetString()).Order());
    }

    [Fact]
    public async Task IngestedEvents_OnAProcessAndItsHost_MergeIntoOneProblem_AnUnrelatedHostStaysApart()
    {
        var entities = _scenario.Env.Environment.Entities;
        var host = await entities.RegisterAsync(new EntityRegistration("HOST", "node-1"), CancellationToken.None);
        await entities.RegisterAsync(new EntityRegistration("HOST", "node-2"), CancellationToken.None);
        await entities.RegisterAsync(
            new EntityRegistration("PROCESS_GROUP_INSTANCE", "checkout-jvm")
            {
                FromRelationships = new Dictionary<string, IReadOnlyList<string>> { ["isProcessOf"] = [host.EntityId] },
            },
            CancellationToken.None);

        await _scenario.IngestEventAsync("RESOURCE_CONTENTION_EVENT", "Node CPU saturated", "type(HOST),entityName.equals(node-1)");
        await _scenario.IngestEventAsync("ERROR_EVENT", "JVM out of memory", "type(PROCESS_GROUP_INSTANCE),entityName.equals(checkout-jvm)");
        await _scenario.IngestEventAsync("ERROR_EVENT", "Disk failing", "type(HOST),entityName.equals(node-2)");

        var problems = await _scenario.ProblemsAsync();
        Assert.Equal(2, problems.Count);
        var merged = Assert.Single(problems, p => p.GetProperty("title").GetString() == "Node CPU saturated");
        var details = merged.GetProperty("evidenceDetails").GetProperty("details").EnumerateArray().Select(d => d.GetProperty("displayName").GetString()).ToList();
        Assert.Equal(["Node CPU saturated", "JVM out of memory"], details);
        Assert.Equal("ERROR", merged.GetProperty("severityLevel").GetString());
        Assert.Equal(host.EntityId, merged.GetProperty("rootCauseEntity").GetProperty("entityId").GetProperty("id").GetString());
    }

    [Fact]
    public async Task IngestedProblem_AfterItsTimeout_IsClosedByTheNextCycleAtItsTimeout()
    {
        await _scenario.IngestEventAsync("ERROR_EVENT", "Batch failed", "type(SERVICE),entityName.equals(batch)", timeout: 2);
        var problemId = Assert.Single(await _scenario.ProblemsAsync()).GetProperty("problemId").GetString()!;

        _scenario.Env.Time.Advance(TimeSpan.FromMinutes(3));
        var cycle = await _scenario.Evaluation.RunCycleAsync(_scenario.Env.Time.GetUtcNow(), CancellationToken.None);

        var change = Assert.Single(cycle.ProblemChanges);
        Assert.Equal(ProblemChangeKind.Closed, change.Kind);
        Assert.Equal(problemId, change.Problem.ProblemId);
        Assert.Equal(Start.AddMinutes(2), change.At);
        var problem = await _scenario.ProblemAsync(problemId);
        Assert.Equal("CLOSED", problem.GetProperty("status").GetString());
        Assert.Equal(Start.AddMinutes(2).ToUnixTimeMilliseconds(), problem.GetProperty("endTime").GetInt64());
    }

    [Fact]
    public async Task CloseByHand_MetricEventProblem_ClosesAllItsEvents()
    {
        await _scenario.CreateMetricEventAsync();
        await _scenario.MinuteAsync(_service, 150);
        await _scenario.IngestEventAsync("CUSTOM_ALERT", "Checkout deployment failed", "type(SERVICE),entityName.equals(checkout)");
        var problemId = Assert.Single(await _scenario.ProblemsAsync()).GetProperty("problemId").GetString()!;

        using var close = await _scenario.Env.Client.PostJsonAsync($"problems/{problemId}/close", """{"message":"rolled back"}""");

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var problem = await _scenario.ProblemAsync(problemId);
        Assert.Equal("CLOSED", problem.GetProperty("status").GetString());
        Assert.All(problem.GetProperty("evidenceDetails").GetProperty("details").EnumerateArray(), d => Assert.NotEqual(-1, d.GetProperty("endTime").GetInt64()));
        using var open = await _scenario.Env.Client.GetAsync("events?from=now-1h&eventSelector=status(OPEN)");
        Assert.Equal(0, (await open.JsonAsync()).GetProperty("totalCount").GetInt32());

        // The tracker knows it closed: the next cycle neither reopens nor duplicates it.
        await _scenario.MinuteAsync(_service, 150);
        var after = Assert.Single(await _scenario.ProblemsAsync());
        Assert.Equal("CLOSED", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MetricEvent_OnAnUnknownMetric_RaisesNothingAndTheCycleSucceeds()
    {
        await _scenario.CreateAsync("builtin:anomaly-detection.metric-events", """
            {"enabled":true,"summary":"Never written",
             "queryDefinition":{"type":"METRIC_KEY","metricKey":"no.such.metric","aggregation":"AVG","queryOffset":null,"managementZone":null,
               "entityFilter":{"dimensionKey":"dt.entity.service","conditions":[]},"dimensionFilter":[]},
             "modelProperties":{"type":"STATIC_THRESHOLD","threshold":1.0,"alertOnNoData":false,"alertCondition":"ABOVE","violatingSamples":1,"samples":3,"dealertingSamples":3},
             "eventTemplate":{"title":"never","description":"","eventType":"ERROR","davisMerge":true,"metadata":[]},
             "eventEntityDimensionKey":null}
            """);

        var cycle = await _scenario.MinuteAsync(_service, 150);

        Assert.Empty(cycle.Evaluation.Errors);
        Assert.Empty(cycle.ProblemChanges);
    }
}
