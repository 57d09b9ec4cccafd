using System.Text.Json;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Tests.Problems;
using Pharos.Evaluation.Tests.TestSupport;
using static Pharos.Evaluation.Tests.TestSupport.Events;
using static Pharos.Evaluation.Tests.TestSupport.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class NotificationPlannerTests
{
    private static readonly EntityInfo Checkout = Service("A1", "checkout");

    private readonly ProblemTracker _tracker = new(new InMemoryEntityDirectory());
    private readonly FakeSender _sender = new();
    private readonly InMemoryDeliveryLog _log = new();
    private NotificationPlanner _planner;
    private NotificationDispatcher _dispatcher;

    public NotificationPlannerTests()
    {
        _planner = new NotificationPlanner();
        _dispatcher = new NotificationDispatcher(_planner, _sender, _log);
        _planner.SetConfigs([Webhook(merges: true), Email()], []);
    }

    private async Task<IReadOnlyList<DeliveryLogEntry>> At(int minute, params EventTransition[] transitions)
    {
        var now = T0.AddMinutes(minute);
        var skipped = _planner.Apply(_tracker.Apply(transitions), now);
        var sent = await _dispatcher.DispatchAsync(now, CancellationToken.None);
        return [.. skipped, .. sent];
    }

    private static string Line(DeliveryLogEntry e) =>
        $"{(e.At - T0).TotalSeconds / 60:0.##}m {e.NotificationName} {Pharos.Evaluation.Settings.WireNames.Of(e.State)} #{e.Attempt} {e.Outcome}";

    [Fact]
    public async Task ProblemOpenThenClosed_SendsOpenAndResolvedToEveryMatchingNotification()
    {
        var e = Event("1", Checkout, 4);

        var opened = await At(4, Raise(e));
        var closed = await At(9, Close(e, 9));

        Assert.Equal(["4m Ops webhook OPEN #1 Delivered", "4m Ops e-mail OPEN #1 Delivered"], opened.Select(Line).OrderDescending());
        Assert.Equal(["9m Ops webhook RESOLVED #1 Delivered", "9m Ops e-mail RESOLVED #1 Delivered"], closed.Select(Line).OrderDescending());
        Assert.Equal(4, _log.Entries.Count);
    }

    [Fact]
    public async Task SeverityRuleDelay_SendsWhenTheProblemHasBeenOpenThatLong()
    {
        var e = Event("1", Checkout, 0, "PERFORMANCE_EVENT");

        Assert.Empty(await At(0, Raise(e)));
        Assert.Empty(await At(29));
        var sent = await At(31);

        Assert.Equal(["30m Ops e-mail OPEN #1 Delivered", "30m Ops webhook OPEN #1 Delivered"], sent.Select(Line).Order());
    }

    [Fact]
    public async Task ProblemClosedBeforeTheDelay_IsNeverNotifiedAndTheLogSaysWhy()
    {
        var e = Event("1", Checkout, 0, "PERFORMANCE_EVENT");
        await At(0, Raise(e));

        var entries = await At(10, Close(e, 10));
        await At(60);

        Assert.Empty(_sender.Sent);
        Assert.All(entries, x => Assert.Equal(DeliveryOutcome.Skipped, x.Outcome));
        Assert.Equal("the problem closed before the alerting profile's delay", entries[0].Detail);
    }

    [Fact]
    public async Task MergedEvent_NotifiesOnlyWebhooksWithNotifyEventMergesEnabled()
    {
        await At(1, Raise(Event("1", Checkout, 1)));

        var merged = await At(2, Raise(Event("2", Checkout, 2)));

        Assert.Equal(["2m Ops webhook MERGED #1 Delivered"], merged.Select(Line));
    }

    [Fact]
    public async Task EndpointDownThenBack_RetriesWithBackoffUntilDelivered()
    {
        _planner.SetConfigs([Webhook()], []);
        _sender.Outages.Add((T0.AddMinutes(4), T0.AddMinutes(6)));

        await At(4, Raise(Event("1", Checkout, 4)));
        await At(5);
        await At(7);

        Assert.Equal(["4m Ops webhook OPEN #1 Retrying", "4.5m Ops webhook OPEN #2 Retrying", "5.5m Ops webhook OPEN #3 Retrying"], _log.Entries.Select(Line));
        var pending = _planner.Pending.Single();
        Assert.Equal(T0.AddMinutes(7.5), pending.NextAttemptAt);
        await At(8);
        Assert.Equal(T0.AddMinutes(7.5), _sender.Sent.Single().At);
        Assert.Equal(["4m #1 Retrying", "4.5m #2 Retrying", "5.5m #3 Retrying", "7.5m #4 Delivered"], _log.Entries.Select(e => $"{(e.At - T0).TotalMinutes:0.##}m #{e.Attempt} {e.Outcome}"));
        Assert.Equal(T0.AddMinutes(4.5), _log.Entries[0].NextAttemptAt);
    }

    [Fact]
    public async Task ProblemClosingWhileOpenIsRetried_ResolvedWaitsForOpen()
    {
        _planner.SetConfigs([Webhook()], []);
        _sender.Outages.Add((T0, T0.AddMinutes(3)));
        var e = Event("1", Checkout, 0);

        await At(0, Raise(e));
        await At(2, Close(e, 2));
        await At(10);

        Assert.Equal(
            ["0m OPEN #1 Retrying", "0.5m OPEN #2 Retrying", "1.5m OPEN #3 Retrying", "3.5m OPEN #4 Delivered", "3.5m RESOLVED #1 Delivered"],
            _log.Entries.Select(x => $"{(x.At - T0).TotalMinutes:0.##}m {Pharos.Evaluation.Settings.WireNames.Of(x.State)} #{x.Attempt} {x.Outcome}"));
    }

    [Fact]
    public async Task EndpointDownForGood_GivesUpAfterTheLastAttempt()
    {
        _planner.SetConfigs([Webhook()], []);
        _sender.Outages.Add((T0, T0.AddDays(1)));

        await At(0, Raise(Event("1", Checkout, 0)));
        await At(30);

        Assert.Equal(
            ["0m #1 Retrying", "0.5m #2 Retrying", "1.5m #3 Retrying", "3.5m #4 Retrying", "7.5m #5 Retrying", "15.5m #6 GaveUp"],
            _log.Entries.Select(e => $"{(e.At - T0).TotalMinutes:0.##}m #{e.Attempt} {e.Outcome}"));
        Assert.Empty(_planner.Pending);
    }

    [Fact]
    public async Task ClientError_FailsWithoutRetrying()
    {
        _planner.SetConfigs([Webhook()], []);
        _sender.FailWithStatus = 404;

        var entries = await At(0, Raise(Event("1", Checkout, 0)));

        var entry = Assert.Single(entries);
        Assert.Equal(DeliveryOutcome.Failed, entry.Outcome);
        Assert.Equal(404, entry.StatusCode);
        Assert.Empty(_planner.Pending);
    }

    [Fact]
    public async Task MaintenanceDontAlert_SuppressesAndLogsIt()
    {
        _planner = new NotificationPlanner(new MaintenanceCalendar([MaintenanceProblemTests.Window("DETECT_PROBLEMS_DONT_ALERT")]));
        _dispatcher = new NotificationDispatcher(_planner, _sender, _log);
        _planner.SetConfigs([Webhook()], []);

        var entries = await At(5, Raise(Event("1", Checkout, 5)));

        Assert.Equal(DeliveryOutcome.Suppressed, Assert.Single(entries).Outcome);
        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task ProfileThatDoesNotMatch_SendsNothing()
    {
        var profile = Profile("""{ "name": "Availability only", "severityRules": [ { "severityLevel": "AVAILABILITY", "delayInMinutes": 0, "tagFilterIncludeMode": "NONE" } ] }""", "avail");
        _planner.SetConfigs([Webhook(profile: "avail")], [profile]);

        var entries = await At(0, Raise(Event("1", Checkout, 0)));
        var merged = await At(1, Raise(Event("2", Checkout, 1, "AVAILABILITY_EVENT")));

        Assert.Empty(entries);
        Assert.Equal(["1m Ops webhook OPEN #1 Delivered"], merged.Select(Line));
    }

    [Fact]
    public async Task StateRoundTrip_MidRetry_ContinuesTheSchedule()
    {
        _planner.SetConfigs([Webhook()], []);
        _sender.Outages.Add((T0, T0.AddMinutes(1)));
        await At(0, Raise(Event("1", Checkout, 0)));

        var json = JsonSerializer.Serialize(_planner.ExportState(), EvaluationJson.Options);
        _planner = new NotificationPlanner();
        _planner.SetConfigs([Webhook()], []);
        _planner.ImportState(JsonSerializer.Deserialize<NotificationPlannerState>(json, EvaluationJson.Options)!);
        _dispatcher = new NotificationDispatcher(_planner, _sender, _log);
        await At(5);

        Assert.Equal(["0m #1 Retrying", "0.5m #2 Retrying", "1.5m #3 Delivered"], _log.Entries.Select(e => $"{(e.At - T0).TotalMinutes:0.##}m #{e.Attempt} {e.Outcome}"));
    }

    [Fact]
    public async Task DeliveryLog_HoldsNoWebhookPathOrSecret()
    {
        _sender.Outages.Add((T0, T0.AddMinutes(1)));

        await At(0, Raise(Event("1", Checkout, 0)));

        var text = JsonSerializer.Serialize(_log.Entries, EvaluationJson.Options);
        Assert.DoesNotContain("secret-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.Contains("https://hooks.example.com/…", _log.Entries.Select(e => e.Target));
        Assert.Contains("ops@example.com (+1)", _log.Entries.Select(e => e.Target));
    }

    [Fact]
    public void RetryPolicy_DefaultScheduleAndCap()
    {
        var policy = new RetryPolicy();

        Assert.Equal([30, 60, 120, 240, 480, 600], Enumerable.Range(1, 6).Select(a => policy.DelayAfter(a).TotalSeconds));
    }
}
