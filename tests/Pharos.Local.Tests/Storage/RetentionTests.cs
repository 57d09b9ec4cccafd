using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pharos.Local.Hosting;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Storage;

public sealed class RetentionTests
{
    [Fact]
    public async Task Purge_PastRetention_RemovesOldEventsAndClosedProblemsOnly()
    {
        await using var env = await TestEnvironment.StartAsync(configure: o => o with
        {
            EventRetention = TimeSpan.FromDays(1),
            ProblemRetention = TimeSpan.FromDays(2),
        });
        using (await env.Client.PostJsonAsync("events/ingest", """{"eventType":"ERROR_EVENT","title":"old","timeout":10}""")) { }
        env.Time.Advance(TimeSpan.FromDays(1.5));
        using (await env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_INFO","title":"recent"}""")) { }

        var retention = env.Environment.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();
        var first = await retention.PurgeOnceAsync(CancellationToken.None);
        env.Time.Advance(TimeSpan.FromDays(1));
        var second = await retention.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), first);
        Assert.Equal((0, 1), second);
        using var problems = await env.Client.GetAsync("problems?from=now-10d");
        Assert.Equal(0, (await problems.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Purge_OpenProblem_IsKeptWhateverItsAge()
    {
        await using var env = await TestEnvironment.StartAsync(configure: o => o with { ProblemRetention = TimeSpan.FromMinutes(1) });
        using (await env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_ALERT","title":"long","timeout":360}""")) { }
        env.Time.Advance(TimeSpan.FromHours(1));

        var retention = env.Environment.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();
        var (_, problems) = await retention.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(0, problems);
    }
}
