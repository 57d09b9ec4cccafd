using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Series;
using static Pharos.Evaluation.Tests.TestSupport.Events;

namespace Pharos.Evaluation.Tests.Problems;

/// <summary>Events one report raised together (the Events API's one event per selected entity) and transitions applied between cycles.</summary>
public sealed class ProblemTrackerRaiseTogetherTests
{
    private static readonly EntityInfo Checkout = Service("A1", "checkout");
    private static readonly EntityInfo Billing = Service("B2", "billing");
    private static readonly EntityInfo Ledger = Service("C3", "ledger");

    [Fact]
    public void RaiseTogether_EventsOnUnrelatedEntities_ShareOneProblem()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory());

        var changes = tracker.RaiseTogether([Event("1", Checkout, 1), Event("2", Billing, 1)], T0.AddMinutes(1));

        Assert.Equal([ProblemChangeKind.Opened, ProblemChangeKind.EventMerged], changes.Select(c => c.Kind));
        var problem = Assert.Single(tracker.Problems);
        Assert.Equal([Checkout, Billing], problem.AffectedEntities);
        Assert.Equal(Checkout, problem.RootCauseEntity);
    }

    [Fact]
    public void RaiseTogether_AKnownOpenEvent_NamesTheProblemNewEventsJoin()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory());
        var first = Event("1", Checkout, 1);
        tracker.RaiseTogether([first], T0.AddMinutes(1));

        var changes = tracker.RaiseTogether([first, Event("3", Ledger, 5)], T0.AddMinutes(5));

        var change = Assert.Single(changes);
        Assert.Equal(ProblemChangeKind.EventMerged, change.Kind);
        Assert.Equal([Checkout, Ledger], Assert.Single(tracker.Problems).AffectedEntities);
    }

    [Fact]
    public void RaiseTogether_AnEventThatForbidsMerging_OpensItsOwnProblem()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory());

        tracker.RaiseTogether([Event("1", Checkout, 1), Event("2", Billing, 1, davisMerge: false)], T0.AddMinutes(1));

        Assert.Equal(2, tracker.Problems.Count);
    }

    [Fact]
    public async Task ApplyExternal_ClosingTheLastEvent_ClosesTheProblemAndPlansNoNotificationWithoutConfigs()
    {
        var entities = new InMemoryEntityDirectory();
        var planner = new NotificationPlanner();
        var log = new InMemoryDeliveryLog();
        var pipeline = new EvaluationPipeline(
            new MetricEventEngine(new InMemoryMetricSeriesSource(entities), entities), new ProblemTracker(entities), planner,
            new NotificationDispatcher(planner, new OutboxEmailSender(Path.GetTempPath()), log), log);
        var e = Event("1", Checkout, 1);
        pipeline.RaiseExternal([e], e.StartTime, e.StartTime);

        var changes = pipeline.ApplyExternal([Close(e, 4)], T0.AddMinutes(5));
        var cycle = await pipeline.RunAsync(T0.AddMinutes(6), CancellationToken.None);

        Assert.Equal(ProblemChangeKind.Closed, Assert.Single(changes).Kind);
        Assert.Equal(T0.AddMinutes(4), Assert.Single(pipeline.Problems.Problems).EndTime);
        Assert.Empty(cycle.ProblemChanges);
        Assert.Empty(log.Entries);
    }
}
