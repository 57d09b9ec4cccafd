using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Http;
using Pharos.Gates.Data;
using Pharos.Local.Entities;
using Pharos.Local.Hosting;
using Pharos.Sync.Gates;

namespace Pharos.Sync.Tests.Gates;

/// <summary>The adapter against the real local environment on 127.0.0.1: reads, writes and failures.</summary>
public sealed class DynatraceGateDataSourceTests : IAsyncLifetime
{
    private LocalEnvironment _environment = null!;
    private string _token = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pharos-sync-tests", Guid.NewGuid().ToString("N"));
        _environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { Port = 0, DataDirectory = directory, HandleShutdownSignals = false });
        _token = (await File.ReadAllTextAsync(_environment.AdminTokenPath)).Trim();
        _http = new HttpClient(DynatraceClient.CreateHandler());
        await _environment.Entities.RegisterAsync(
            new EntityRegistration("SERVICE", "payment-processor (prod)")
            {
                Tags = [new EntityTag("KUBERNETES", "app", "payment-processor"), new EntityTag("KUBERNETES", "cost.environment", "prod")],
            },
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _environment.DisposeAsync();
    }

    private DynatraceGateDataSource Source(string? token = null, int attempts = 5)
    {
        var connection = DynatraceConnection.TryCreate(_environment.BaseAddress.ToString(), token ?? _token, new DiagnosticBag())!;
        return new DynatraceGateDataSource(new DynatraceClient(_http, connection, new DynatraceClientOptions { Retry = new DynatraceRetryOptions { MaxAttempts = attempts } }));
    }

    [Fact]
    public async Task SendThenRead_DeploymentAndProblem_ComeBackMapped()
    {
        var source = Source();
        var target = GateTargets.For("payment-processor", "prod");
        var sent = await source.SendAsync(new EventIngestRequest
        {
            EventType = "CUSTOM_DEPLOYMENT",
            Title = "Deploy 1.4.2",
            EntitySelector = target.EntitySelector,
            Properties = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["dt.event.deployment.version"] = "1.4.2" },
        }, CancellationToken.None);
        await source.SendAsync(new EventIngestRequest { EventType = "ERROR_EVENT", Title = "Failure rate increase", EntitySelector = target.EntitySelector }, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;

        var events = await source.GetEventsAsync(new EventRequest("eventType(\"CUSTOM_DEPLOYMENT\")", target.EntitySelector, now.AddHours(-1), now.AddMinutes(1)), CancellationToken.None);
        var problems = await source.GetProblemsAsync(new ProblemRequest("status(\"open\")", target.EntitySelector, now.AddHours(-1), now.AddMinutes(1)), CancellationToken.None);
        var byId = await source.GetProblemAsync(problems[0].ProblemId, CancellationToken.None);

        Assert.Equal(1, sent.ReportCount);
        Assert.Equal("OK", Assert.Single(sent.Results).Status);
        var deployment = Assert.Single(events);
        Assert.Equal("1.4.2", deployment.Properties["dt.event.deployment.version"]);
        Assert.Equal("SERVICE", deployment.Entity?.Type);
        var problem = Assert.Single(problems);
        Assert.Null(problem.EndTime);
        Assert.Equal("ERROR", problem.SeverityLevel);
        Assert.Equal(problem.DisplayId, byId?.DisplayId);
        Assert.Null(await source.GetProblemAsync("no-such-problem", CancellationToken.None));
    }

    [Fact]
    public async Task Read_WithAnInvalidToken_IsAGateDataExceptionThatNeverShowsTheToken()
    {
        const string wrong = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWXABCDEFGHIJKLMNOPQRSTUVWXABCDEFGHIJKLMNOP";
        var source = Source(wrong);
        var now = DateTimeOffset.UtcNow;

        var e = await Assert.ThrowsAsync<GateDataException>(() => source.GetProblemsAsync(new ProblemRequest(null, null, now.AddHours(-1), now), CancellationToken.None));

        Assert.Contains("401", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Split('.')[2], e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WithATokenLackingTheScope_IsAGateDataExceptionNamingTheEndpoint()
    {
        var created = await _environment.Tokens.CreateAsync("no-slo-read", ["problems.read"], CancellationToken.None);

        var e = await Assert.ThrowsAsync<GateDataException>(() => Source(created.Token).GetSlosAsync(new SloRequest("text(\"payment-processor\")"), CancellationToken.None));

        Assert.Contains("/api/v2/slo", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Token!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Cancelled_ThrowsOperationCanceledNotGateDataException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var now = DateTimeOffset.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Source().GetEventsAsync(new EventRequest(null, null, now.AddHours(-1), now), cancelled.Token));
    }
}
