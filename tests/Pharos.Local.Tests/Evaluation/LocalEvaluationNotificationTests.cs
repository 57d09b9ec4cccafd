using System.Text.Json;
using Pharos.Evaluation.Notifications;
using Pharos.Local.Evaluation;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Evaluation;

/// <summary>Notifications delivered by the running environment, and the delivery log it keeps in SQLite.</summary>
public sealed class LocalEvaluationNotificationTests
{
    private static DateTimeOffset Start => ManualTimeProvider.DefaultStart;

    private static List<string> States(WebhookReceiver receiver) =>
        [.. receiver.Bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("state").GetString()!)];

    [Fact]
    public async Task Webhook_EndpointDownThenBack_IsRetriedAndTheLogShowsRetryingThenDelivered()
    {
        await using var receiver = new WebhookReceiver(503, 503);
        await using var scenario = await EvaluationScenario.StartAsync();
        var service = await scenario.RegisterServiceAsync("checkout");
        await scenario.CreateWebhookAsync(await scenario.CreateProfileAsync(), receiver.Url);
        await scenario.CreateMetricEventAsync();

        // The problem opens at 10:00 (the sample minute): attempt 1 at 10:00 and attempt 2 at 10:00:30 answer
        // 503 in the first cycle (10:01); attempt 3 at 10:01:30 is delivered by the second cycle (10:02).
        await scenario.MinuteAsync(service, 150);
        Assert.Equal(2, receiver.Bodies.Count);
        await scenario.MinuteAsync(service, 150);

        Assert.Equal(["OPEN", "OPEN", "OPEN"], States(receiver));
        var problemId = Assert.Single(await scenario.ProblemsAsync()).GetProperty("problemId").GetString()!;
        var log = await DeliveryLogReader.ReadAsync(scenario.Env.DataDirectory, problemId, null, CancellationToken.None);
        Assert.True(log.IsOk, log.Error);
        Assert.Equal([DeliveryOutcome.Retrying, DeliveryOutcome.Retrying, DeliveryOutcome.Delivered], log.Entries.Select(e => e.Outcome));
        Assert.Equal([1, 2, 3], log.Entries.Select(e => e.Attempt));
        Assert.Equal([503, 503, 200], log.Entries.Select(e => e.StatusCode ?? 0));
        Assert.Equal([Start, Start.AddSeconds(30), Start.AddSeconds(90)], log.Entries.Select(e => e.At));
        Assert.All(log.Entries, e => Assert.DoesNotContain("/hook", e.Target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestedProblem_IsNotifiedAtOnce_NotAtTheNextMinuteBoundary()
    {
        await using var receiver = new WebhookReceiver();
        await using var scenario = await EvaluationScenario.StartAsync(evaluateEveryMinute: true);
        await scenario.RegisterServiceAsync("checkout");
        await scenario.CreateWebhookAsync(await scenario.CreateProfileAsync(), receiver.Url);

        // The manual clock never reaches the next minute boundary, so only the ingest can trigger the send.
        await scenario.IngestEventAsync("ERROR_EVENT", "Checkout down", "type(SERVICE),entityName.equals(checkout)");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (receiver.Bodies.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["OPEN"], States(receiver));
        var problemId = Assert.Single(await scenario.ProblemsAsync()).GetProperty("problemId").GetString()!;
        var log = await DeliveryLogReader.ReadAsync(scenario.Env.DataDirectory, problemId, null, CancellationToken.None);
        Assert.Equal([DeliveryOutcome.Delivered], log.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task Email_OnOpenAndClose_LandsInTheOutboxAsEml()
    {
        await using var scenario = await EvaluationScenario.StartAsync();
        var service = await scenario.RegisterServiceAsync("checkout");
        await scenario.CreateEmailAsync(await scenario.CreateProfileAsync());
        await scenario.CreateMetricEventAsync();

        await scenario.MinuteAsync(service, 150);
        for (var i = 0; i < 3; i++)
        {
            await scenario.MinuteAsync(service, 50);
        }

        var files = Directory.GetFiles(Path.Combine(scenario.Env.DataDirectory, "outbox")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        var open = await File.ReadAllTextAsync(files[0]);
        Assert.Contains("To: ops@example.com\r\n", open, StringComparison.Ordinal);
        Assert.Contains("OPEN Problem P-24051", open, StringComparison.Ordinal);
        Assert.Contains("RESOLVED Problem P-24051", await File.ReadAllTextAsync(files[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaintenanceWindow_DetectProblemsDontAlert_MarksTheProblemAndSuppressesItsNotification()
    {
        await using var receiver = new WebhookReceiver();
        await using var scenario = await EvaluationScenario.StartAsync();
        var service = await scenario.RegisterServiceAsync("checkout");
        await scenario.CreateWebhookAsync(await scenario.CreateProfileAsync(), receiver.Url);
        await scenario.CreateMetricEventAsync();
        await scenario.CreateAsync("builtin:alerting.maintenance-window", """
            {"enabled":true,
             "generalProperties":{"name":"Checkout release","description":"Release of the checkout service","maintenanceType":"PLANNED","suppression":"DETECT_PROBLEMS_DONT_ALERT","disableSyntheticMonitorExecution":false},
             "schedule":{"scheduleType":"ONCE","onceRecurrence":{"startTime":"2024-05-14T09:00:00","endTime":"2024-05-14T12:00:00","timeZone":"UTC"}},
             "filters":[{"entityType":"SERVICE","entityTags":["team:checkout"],"managementZones":[]}]}
            """);

        await scenario.MinuteAsync(service, 150);
        await scenario.MinuteAsync(service, 150);

        var problem = Assert.Single(await scenario.ProblemsAsync("from=now-1h&problemSelector=underMaintenance(true)"));
        Assert.Empty(receiver.Bodies);
        var log = await DeliveryLogReader.ReadAsync(scenario.Env.DataDirectory, problem.GetProperty("displayId").GetString(), null, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Suppressed, Assert.Single(log.Entries).Outcome);
    }

    [Fact]
    public async Task Restart_MidProblem_ClosesTheSameProblemLaterWithoutASecondOpenNotification()
    {
        await using var receiver = new WebhookReceiver();
        var dataDirectory = TestEnvironment.NewDataDirectory();
        var time = new ManualTimeProvider(Start);
        try
        {
            string problemId, service;
            await using (var before = await EvaluationScenario.StartAsync(dataDirectory, time))
            {
                service = await before.RegisterServiceAsync("checkout");
                await before.CreateWebhookAsync(await before.CreateProfileAsync(), receiver.Url);
                await before.CreateMetricEventAsync();
                await before.MinuteAsync(service, 150);
                problemId = Assert.Single(await before.ProblemsAsync()).GetProperty("problemId").GetString()!;
            }

            await using var after = await EvaluationScenario.StartAsync(dataDirectory, time);
            Assert.Equal("OPEN", (await after.ProblemAsync(problemId)).GetProperty("status").GetString());
            for (var i = 0; i < 3; i++)
            {
                await after.MinuteAsync(service, 50);
            }

            var problem = Assert.Single(await after.ProblemsAsync());
            Assert.Equal(problemId, problem.GetProperty("problemId").GetString());
            Assert.Equal("CLOSED", problem.GetProperty("status").GetString());
            Assert.Equal(["OPEN", "RESOLVED"], States(receiver));
        }
        finally
        {
            TestEnvironment.TryDelete(dataDirectory);
        }
    }
}
