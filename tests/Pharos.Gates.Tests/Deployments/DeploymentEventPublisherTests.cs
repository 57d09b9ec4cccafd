using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Deployments;

public class DeploymentEventPublisherTests
{
    private static readonly DeploymentEventInput Flags = new()
    {
        Service = "payment-processor",
        Environment = "prod",
        Version = "1.4.2",
        EntitySelector = TestData.Target.EntitySelector,
        Commit = "3f2a9c1d4e5b6a7980112233445566778899aabb",
        PipelineUrl = "https://github.com/bank/payments/actions/runs/1",
    };

    private static readonly IEnvironmentReader NoCi = new DictionaryEnvironmentReader(new Dictionary<string, string>());

    private sealed class RecordingSender(Func<EventIngestRequest, EventIngestResponse> answer) : IEventSender
    {
        public List<EventIngestRequest> Sent { get; } = [];

        public Task<EventIngestResponse> SendAsync(EventIngestRequest request, CancellationToken cancellationToken)
        {
            Sent.Add(request);
            return Task.FromResult(answer(request));
        }
    }

    [Fact]
    public async Task Publish_AcceptedByEveryEntity_SucceedsWithExitCode0()
    {
        var sender = new RecordingSender(_ => new EventIngestResponse(2, [new("a", "OK"), new("b", "OK")]));

        var result = await DeploymentEventPublisher.PublishAsync(Flags, NoCi, sender, new ManualTimeProvider(TestData.Now), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(GateExitCodes.Pass, result.ExitCode);
        Assert.Same(sender.Sent.Single(), result.Request);
    }

    [Fact]
    public async Task Publish_MatchedNoEntity_FailsWithExitCode4()
    {
        var sender = new RecordingSender(_ => new EventIngestResponse(0, []));

        var result = await DeploymentEventPublisher.PublishAsync(Flags, NoCi, sender, new ManualTimeProvider(TestData.Now), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(GateExitCodes.Error, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "PH6030");
    }

    [Fact]
    public async Task Publish_InvalidFlags_SendsNothing()
    {
        var sender = new RecordingSender(_ => throw new InvalidOperationException("must not be called"));

        var result = await DeploymentEventPublisher.PublishAsync(Flags with { Version = null }, NoCi, sender, new ManualTimeProvider(TestData.Now), CancellationToken.None);

        Assert.Empty(sender.Sent);
        Assert.Null(result.Request);
        Assert.Equal(GateExitCodes.Error, result.ExitCode);
    }

    [Fact]
    public async Task Publish_EnvironmentUnreachable_ReportsPH6032()
    {
        var sender = new RecordingSender(_ => throw new GateDataException("connection refused (127.0.0.1:8443)."));

        var result = await DeploymentEventPublisher.PublishAsync(Flags, NoCi, sender, new ManualTimeProvider(TestData.Now), CancellationToken.None);

        var d = Assert.Single(result.Diagnostics, x => x.Code == "PH6032");
        Assert.Equal("the deployment event could not be sent: connection refused (127.0.0.1:8443). Check the environment URL, the network and that the token has the events.ingest scope.", d.Message);
        Assert.Null(result.Response);
        Assert.Equal(GateExitCodes.Error, result.ExitCode);
    }
}
