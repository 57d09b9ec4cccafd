using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.Problems;
using static Pharos.Evaluation.Tests.TestSupport.Events;

namespace Pharos.Evaluation.Tests.Problems;

public sealed class MaintenanceProblemTests
{
    private static readonly EntityInfo Checkout = Service("A1", "checkout", "[Kubernetes]app:checkout");

    public static MaintenanceWindow Window(string suppression, string filters = "[]") =>
        MaintenanceWindowReader.Read("mw-1", JsonDocument.Parse($$"""
            {
              "enabled": true,
              "generalProperties": { "name": "Release", "maintenanceType": "PLANNED", "suppression": "{{suppression}}" },
              "schedule": { "scheduleType": "ONCE", "onceRecurrence": { "startTime": "2025-01-01T00:00:00", "endTime": "2025-01-01T01:00:00", "timeZone": "UTC" } },
              "filters": {{filters}}
            }
            """).RootElement, new DiagnosticBag())!;

    [Fact]
    public void DontDetectProblems_EventOpensNoProblem()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory(), new MaintenanceCalendar([Window("DONT_DETECT_PROBLEMS")]));

        Assert.Empty(tracker.Apply([Raise(Event("1", Checkout, 5))]));
    }

    [Fact]
    public void DetectProblemsDontAlert_ProblemIsMarkedAndAlertingSuppressed()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory(), new MaintenanceCalendar([Window("DETECT_PROBLEMS_DONT_ALERT")]));

        var p = tracker.Apply([Raise(Event("1", Checkout, 5))]).Single().Problem;

        Assert.True(p.UnderMaintenance);
        Assert.True(p.AlertingSuppressed);
    }

    [Fact]
    public void DetectProblemsAndAlert_ProblemIsOnlyMarked()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory(), new MaintenanceCalendar([Window("DETECT_PROBLEMS_AND_ALERT")]));

        var p = tracker.Apply([Raise(Event("1", Checkout, 5))]).Single().Problem;

        Assert.True(p.UnderMaintenance);
        Assert.False(p.AlertingSuppressed);
    }

    [Fact]
    public void WindowFilteredToAnotherEntity_DoesNotApply()
    {
        var filters = """[ { "entityId": "SERVICE-00000000000000FF", "entityTags": [], "managementZones": [] } ]""";
        var tracker = new ProblemTracker(new InMemoryEntityDirectory(), new MaintenanceCalendar([Window("DONT_DETECT_PROBLEMS", filters)]));

        Assert.Single(tracker.Apply([Raise(Event("1", Checkout, 5))]));
    }

    [Fact]
    public void EventAfterTheWindowEnded_IsNotUnderMaintenance()
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory(), new MaintenanceCalendar([Window("DETECT_PROBLEMS_DONT_ALERT")]));

        var p = tracker.Apply([Raise(Event("1", Checkout, 61))]).Single().Problem;

        Assert.False(p.UnderMaintenance);
    }
}
