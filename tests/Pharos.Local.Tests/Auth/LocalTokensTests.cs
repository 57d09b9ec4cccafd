using System.Net;
using Pharos.Local.Auth;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Auth;

public sealed class LocalTokensTests
{
    [Fact]
    public async Task OpenAsync_WhileStopped_CreatesTokenTheEnvironmentAcceptsLater()
    {
        var directory = TestEnvironment.NewDataDirectory();
        try
        {
            await using (var first = await TestEnvironment.StartAsync(directory))
            {
                await first.Environment.StopAsync();
            }

            var tokens = await LocalTokens.OpenAsync(directory);
            var created = await tokens.CreateAsync("offline", ["settings.read"], CancellationToken.None);

            await using var second = await TestEnvironment.StartAsync(directory);
            using var client = second.CreateClient(created.Token);
            using var response = await client.GetAsync("settings/schemas");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(await tokens.ListAsync(CancellationToken.None), t => t.Name == "pharos-local-admin");
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }

    [Fact]
    public async Task OpenAsync_RevokeWhileRunning_TakesEffectOnNextRequest()
    {
        await using var env = await TestEnvironment.StartAsync();
        var token = await env.CreateTokenAsync("settings.read");
        using var client = env.CreateClient(token);

        var offline = await LocalTokens.OpenAsync(env.DataDirectory);
        await offline.RevokeAsync(token[..31], CancellationToken.None);

        using var response = await client.GetAsync("settings/schemas");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
