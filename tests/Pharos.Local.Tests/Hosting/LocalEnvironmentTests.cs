using System.Net;
using Pharos.Local.Hosting;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Hosting;

public sealed class LocalEnvironmentTests
{
    [Fact]
    public async Task Start_PortZero_BindsLoopbackOnAFreePortAndReportsIt()
    {
        await using var env = await TestEnvironment.StartAsync();

        var address = env.Environment.BaseAddress;
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.Equal(new Uri(address, "api/v2/"), env.Environment.ApiBaseAddress);
        using var response = await env.Client.GetAsync("settings/schemas");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_FirstTime_WritesAdminTokenOwnerOnlyAndReportsPath()
    {
        await using var env = await TestEnvironment.StartAsync();

        Assert.True(env.Environment.AdminTokenCreated);
        Assert.Equal(Path.Combine(env.DataDirectory, "admin-token"), env.Environment.AdminTokenPath);
        Assert.Matches("^dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}$", env.AdminToken);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(env.Environment.AdminTokenPath));
        }
    }

    [Fact]
    public async Task Start_ExistingDataDirectory_KeepsAdminTokenAndData()
    {
        var directory = TestEnvironment.NewDataDirectory();
        try
        {
            string adminToken;
            await using (var first = await TestEnvironment.StartAsync(directory))
            {
                adminToken = first.AdminToken;
                using var created = await first.Client.PostJsonAsync("settings/objects",
                    $$$"""[{"schemaId":"{{{TestSettingsSchemaProvider.Multi}}}","scope":"environment","value":{"name":"kept"}}]""");
                Assert.Equal(HttpStatusCode.OK, created.StatusCode);
                await first.Environment.StopAsync();
            }

            await using var second = await TestEnvironment.StartAsync(directory);

            Assert.False(second.Environment.AdminTokenCreated);
            Assert.Equal(adminToken, second.AdminToken);
            using var list = await second.Client.GetAsync($"settings/objects?schemaIds={TestSettingsSchemaProvider.Multi}");
            Assert.Equal("kept", (await list.JsonAsync()).GetProperty("items")[0].GetProperty("value").GetProperty("name").GetString());
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }

    [Fact]
    public async Task RequestLog_EveryRequest_HasMethodPathStatusDurationAndNoToken()
    {
        await using var env = await TestEnvironment.StartAsync();
        using (await env.Client.GetAsync("settings/schemas?fields=schemaId"))
        {
        }

        using (var anonymous = env.CreateClient("dt0c01.SECRETLOOKINGBUTWRONG"))
        using (await anonymous.GetAsync("settings/schemas"))
        {
        }

        var requests = env.Logs.Entries.Where(e => e.EventId.Name == "Request").ToList();
        var ok = Assert.Single(requests, e => e.Values["StatusCode"] == "200");
        Assert.Equal("GET", ok.Values["Method"]);
        Assert.Equal("/api/v2/settings/schemas", ok.Values["Path"]);
        Assert.True(double.Parse(ok.Values["ElapsedMilliseconds"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Contains(requests, e => e.Values["StatusCode"] == "401");
        var secret = env.AdminToken[32..];
        Assert.DoesNotContain(env.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal)
            || e.Message.Contains("SECRETLOOKING", StringComparison.Ordinal)
            || e.Message.Contains("Api-Token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopAsync_Running_StopsListeningAndCompletesShutdownWait()
    {
        await using var env = await TestEnvironment.StartAsync();
        var shutdown = env.Environment.WaitForShutdownAsync();

        await env.Environment.StopAsync();

        await shutdown.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<HttpRequestException>(() => env.Client.GetAsync("settings/schemas"));
    }

    [Theory]
    [InlineData("example.com", 0, "Expected an IP address or 'localhost' to bind to, e.g. 127.0.0.1. Actual value: 'example.com'.")]
    [InlineData("127.0.0.1", 70000, "Expected a TCP port from 0 to 65535 (0 picks a free port). Actual value: 70000.")]
    public async Task Start_InvalidOptions_ThrowsWithExpectedAndActual(string host, int port, string message)
    {
        var options = new LocalEnvironmentOptions { Host = host, Port = port, DataDirectory = TestEnvironment.NewDataDirectory() };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => LocalEnvironment.StartAsync(options));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HandleShutdownSignals_UsesTheConsoleLifetime()
    {
        await using var withSignals = await TestEnvironment.StartAsync(configure: o => o with { HandleShutdownSignals = true });
        await using var withoutSignals = await TestEnvironment.StartAsync();

        Assert.IsType<Microsoft.Extensions.Hosting.Internal.ConsoleLifetime>(
            withSignals.Environment.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostLifetime)));
        Assert.IsNotType<Microsoft.Extensions.Hosting.Internal.ConsoleLifetime>(
            withoutSignals.Environment.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostLifetime)));
    }
}
