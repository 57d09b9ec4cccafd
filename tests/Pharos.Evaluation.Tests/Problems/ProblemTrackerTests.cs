using System.Text.Json;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;
using static Pharos.Evaluation.Tests.TestSupport.Events;

namespace Pharos.Evaluation.Tests.Problems;

public sealed class ProblemTrackerTests
{
    private static readonly EntityInfo Checkout = Service("A1", "checkout", "[Kubernetes]app:checkout");
    private static readonly EntityInfo Billing = Service("B2", "billing");
    private static readonly EntityInfo Node = Host("C3", "node-1");

    private readonly InMemoryEntityDirectory _entities = new InMemoryEntityDirectory().Relate(Checkout.Id, Node.Id);

    [Fact]
    public void FirstEvent_OpensAProblemWithTheEventAsRootCauseAndEvidence()
    {
        var tracker = new ProblemTracker(_entities);
        var e = Event("1", Checkout, 4, "PERFORMANCE_EVENT");

        var change = tracker.Apply([Raise(e)]).Single();

        Assert.Equal(ProblemChangeKind.Opened, change.Kind);
        var p = change.Problem;
        Assert.Equal(ProblemStatus.Open, p.Status);
        Assert.Equal(ProblemSeverity.Performance, p.SeverityLevel);
        Assert.Equal(ImpactLevel.Services, p.ImpactLevel);
        Assert.Equal(Checkout, p.RootCauseEntity);
        Assert.Equal([Checkout], p.AffectedEntities);
        Assert.Equal(e.Title, p.Title);
        Assert.Equal(T0.AddMinutes(4), p.StartTime);
        Assert.Null(p.EndTime);
        Assert.Equal("P-25011", p.DisplayId);
        Assert.Matches(@"^-?\d+_1735689840000V2$", p.ProblemId);
        Assert.Equal(["EVENT:1"], p.EvidenceDetails.Select(x => x.EvidenceType + ":" + x.EventId));
        Assert.Equal(["[Kubernetes]app:checkout"], p.EntityTags);
    }

    [Fact]
    public void EventOnTheSameEntity_MergesAndTheMostSevereLevelWins()
    {
        var tracker = new ProblemTracker(_entities);

        var changes = tracker.Apply([Raise(Event("1", Checkout, 1, "CUSTOM_ALERT")), Raise(Event("2", Checkout, 3, "AVAILABILITY_EVENT"))]);

        Assert.Equal([ProblemChangeKind.Opened, ProblemChangeKind.EventMerged], changes.Select(c => c.Kind));
        var p = Assert.Single(tracker.Problems);
        Assert.Equal(ProblemSeverity.Availability, p.SeverityLevel);
        Assert.Equal(["1", "2"], p.EvidenceDetails.Select(x => x.EventId));
        Assert.Equal(Checkout, p.RootCauseEntity);
    }

    [Fact]
    public void EventOnARelatedEntity_MergesAndAddsTheEntity()
    {
        var tracker = new ProblemTracker(_entities);

        tracker.Apply([Raise(Event("1", Checkout, 1)), Raise(Event("2", Node, 2, "RESOURCE_CONTENTION_EVENT"))]);

        var p = Assert.Single(tracker.Problems);
        Assert.Equal([Checkout, Node], p.AffectedEntities);
        Assert.Equal(ProblemSeverity.Error, p.SeverityLevel);
        Assert.Equal(ImpactLevel.Services, p.ImpactLevel);
    }

    [Fact]
    public void EventOnAnUnrelatedEntity_OpensASecondProblem()
    {
        var tracker = new ProblemTracker(_entities);

        tracker.Apply([Raise(Event("1", Checkout, 1)), Raise(Event("2", Billing, 1))]);

        Assert.Equal(["P-25011", "P-25012"], tracker.Problems.Select(p => p.DisplayId));
    }

    [Fact]
    public void DavisMergeOff_NeitherJoinsNorIsJoined()
    {
        var tracker = new ProblemTracker(_entities);

        tracker.Apply([Raise(Event("1", Checkout, 1, davisMerge: false)), Raise(Event("2", Checkout, 2)), Raise(Event("3", Checkout, 3, davisMerge: false))]);

        Assert.Equal(3, tracker.Problems.Count);
    }

    [Fact]
    public void ProblemCloses_OnlyWhenAllItsEventsClosed()
    {
        var tracker = new ProblemTracker(_entities);
        var a = Event("1", Checkout, 1);
        var b = Event("2", Checkout, 2);
        tracker.Apply([Raise(a), Raise(b)]);

        var first = tracker.Apply([Close(a, 5)]).Single();
        var last = tracker.Apply([Close(b, 8)]).Single();

        Assert.Equal(ProblemChangeKind.EventClosed, first.Kind);
        Assert.Equal(ProblemStatus.Open, first.Problem.Status);
        Assert.Equal(ProblemChangeKind.Closed, last.Kind);
        Assert.Equal(T0.AddMinutes(8), last.Problem.EndTime);
        Assert.Equal([T0.AddMinutes(5), T0.AddMinutes(8)], last.Problem.EvidenceDetails.Select(e => e.EndTime!.Value));
        Assert.Empty(tracker.OpenProblems);
    }

    [Fact]
    public void EventAfterTheProblemClosed_OpensANewProblem()
    {
        var tracker = new ProblemTracker(_entities);
        var a = Event("1", Checkout, 1);
        tracker.Apply([Raise(a), Close(a, 3)]);

        tracker.Apply([Raise(Event("2", Checkout, 4))]);

        Assert.Equal([ProblemStatus.Closed, ProblemStatus.Open], tracker.Problems.Select(p => p.Status));
    }

    [Fact]
    public void MergeWindow_LimitsHowLateAnEventMayJoin()
    {
        var tracker = new ProblemTracker(_entities, options: new ProblemTrackerOptions { MergeWindow = TimeSpan.FromMinutes(10) });

        tracker.Apply([Raise(Event("1", Checkout, 0)), Raise(Event("2", Checkout, 10)), Raise(Event("3", Checkout, 11))]);

        Assert.Equal([2, 1], tracker.Problems.Select(p => p.EvidenceDetails.Count));
    }

    [Theory]
    [InlineData("CUSTOM_INFO")]
    [InlineData("WARNING")]
    [InlineData("CUSTOM_DEPLOYMENT")]
    public void NonProblemEventTypes_OpenNoProblem(string eventType)
    {
        var tracker = new ProblemTracker(_entities);

        Assert.Empty(tracker.Apply([Raise(Event("1", Checkout, 1, eventType))]));
    }

    [Fact]
    public void ImpactLevel_EnvironmentForEnvironmentEventsInfrastructureForHosts()
    {
        var tracker = new ProblemTracker(_entities);

        tracker.Apply([Raise(Event("1", EntityInfo.Environment, 1)), Raise(Event("2", Node, 1))]);

        Assert.Equal([ImpactLevel.Environment, ImpactLevel.Infrastructure], tracker.Problems.Select(p => p.ImpactLevel));
    }

    [Fact]
    public void State_RoundTripsThroughJson_AndClosingContinues()
    {
        var tracker = new ProblemTracker(_entities);
        var a = Event("1", Checkout, 1);
        tracker.Apply([Raise(a), Raise(Event("2", Billing, 1))]);

        var json = JsonSerializer.Serialize(tracker.ExportState(), EvaluationJson.Options);
        var restored = new ProblemTracker(_entities);
        restored.ImportState(JsonSerializer.Deserialize<ProblemTrackerState>(json, EvaluationJson.Options)!);
        var closed = restored.Apply([Close(a, 6)]).Single();
        restored.Apply([Raise(Event("3", Node, 7))]);

        Assert.Equal(ProblemChangeKind.Closed, closed.Kind);
        Assert.Equal("P-25013", restored.Problems[^1].DisplayId);
        Assert.Equal(json.Length, JsonSerializer.Serialize(tracker.ExportState(), EvaluationJson.Options).Length);
    }
}
