using System.Net;
using Pharos.Local.Faults;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Faults;

public sealed class FaultInjectionTests
{
    private const int Requests = 1000;

    [Fact]
    public async Task Requests_WithSeededPlan_FailAtTheConfiguredRates()
    {
        var (plan, _) = FaultInjectionPlan.Parse("429=0.2,500=0.05");
        await using var env = await TestEnvironment.StartAsync(configure: o => o with { FaultInjection = plan!, FaultSeed = 1234 });

        var counts = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < Requests; i++)
        {
            using var response = await env.Client.GetAsync("settings/schemas");
            counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;
        }

        // Binomial bounds at about four standard deviations: sd(429) ≈ 12.6, sd(500) ≈ 6.9.
        Assert.InRange(counts.GetValueOrDefault(HttpStatusCode.TooManyRequests), 150, 250);
        Assert.InRange(counts.GetValueOrDefault(HttpStatusCode.InternalServerError), 22, 78);
        Assert.Equal(Requests, counts.GetValueOrDefault(HttpStatusCode.OK) + counts[HttpStatusCode.TooManyRequests] + counts[HttpStatusCode.InternalServerError]);
    }

    [Fact]
    public async Task InjectedTooManyRequests_CarriesRetryAfterAndEnvelope()
    {
        var (plan, _) = FaultInjectionPlan.Parse("429=1");
        await using var env = await TestEnvironment.StartAsync(configure: o => o with { FaultInjection = plan!, FaultRetryAfter = TimeSpan.FromSeconds(3) });

        using var response = await env.Client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.Equal(429, (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetInt32());
        Assert.False(response.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task InjectedFault_HappensBeforeAuthentication()
    {
        var (plan, _) = FaultInjectionPlan.Parse("503=1");
        await using var env = await TestEnvironment.StartAsync(configure: o => o with { FaultInjection = plan! });
        using var anonymous = env.CreateClient(token: null);

        using var response = await anonymous.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Requests_ByDefault_NeverFail()
    {
        await using var env = await TestEnvironment.StartAsync();

        for (var i = 0; i < 200; i++)
        {
            using var response = await env.Client.GetAsync("settings/schemas");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
