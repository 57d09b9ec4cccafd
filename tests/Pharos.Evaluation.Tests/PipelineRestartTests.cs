using System.Text.Json;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests;

public sealed class PipelineRestartTests
{
    private static readonly double?[] Dip = [99, 90, 90, 90, 90, 90, 99, 99, 99, 99, 99, 99, 99, 99];

    private sealed class Stack
    {
        public Stack(EngineHarness harness, FakeSender sender)
        {
            Harness = harness;
            var planner = new NotificationPlanner();
            planner.SetConfigs([TestSupport.Notifications.Webhook()], []);
            Pipeline = new EvaluationPipeline(
                harness.Engine, new ProblemTracker(harness.Entities), planner, new NotificationDispatcher(planner, sender, Log), Log);
        }

        public EngineHarness Harness { get; }

        public InMemoryDeliveryLog Log { get; } = new();

        public EvaluationPipeline Pipeline { get; }

        public async Task<List<string>> RunAsync(int from, int to)
        {
            var lines = new List<string>();
            for (var m = from; m <= to; m++)
            {
                var cycle = await Pipeline.RunAsync(EngineHarness.After(m), CancellationToken.None);
                lines.AddRange(cycle.ProblemChanges.Select(c => $"{m}: {c.Kind} {c.Problem.DisplayId}"));
                lines.AddRange(cycle.Deliveries.Select(d => $"{m}: {d.State} #{d.Attempt} {d.Outcome} at {(d.At - EngineHarness.Start).TotalMinutes}"));
            }

            return lines;
        }
    }

    [Fact]
    public async Task RestartMidProblemAndMidRetry_ResumesEverythingExactlyOnce()
    {
        var uninterrupted = await new Stack(new EngineHarness(Configs.Static()).Card(Dip), Outage()).RunAsync(0, 13);

        var sender = Outage();
        var first = new Stack(new EngineHarness(Configs.Static()).Card(Dip), sender);
        var before = await first.RunAsync(0, 4);
        var json = JsonSerializer.Serialize(first.Pipeline.ExportState(), EvaluationJson.Options);

        var harness = new EngineHarness(Configs.Static()).Card(Dip);
        var second = new Stack(harness, sender);
        second.Pipeline.ImportState(JsonSerializer.Deserialize<EvaluationState>(json, EvaluationJson.Options)!);
        var after = await second.RunAsync(5, 13);

        Assert.Equal(uninterrupted, [.. before, .. after]);
        Assert.Contains("3: Opened P-25011", uninterrupted);
        Assert.Contains("10: Closed P-25011", uninterrupted);
        Assert.Contains("6: Open #4 Delivered at 6.5", uninterrupted);
        Assert.Contains("4: Open #3 Retrying at 4.5", before);
        Assert.Single(sender.Sent, s => s.Notification.Webhook!.Body.Contains("\"OPEN\"", StringComparison.Ordinal));
    }

    private static FakeSender Outage()
    {
        var sender = new FakeSender();
        sender.Outages.Add((EngineHarness.Start.AddMinutes(3), EngineHarness.Start.AddMinutes(5)));
        return sender;
    }
}
