using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Storage;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_ExistingData_KeepsTokensEntitiesEventsProblemsAndNumbering()
    {
        var directory = TestEnvironment.NewDataDirectory();
        var time = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        try
        {
            string readerToken;
            await using (var first = await TestEnvironment.StartAsync(directory, time: time))
            {
                readerToken = await first.CreateTokenAsync("problems.read", "events.read", "entities.read");
                await first.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "kept-host"), CancellationToken.None);
                using (await first.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_ALERT","title":"before restart","entitySelector":"type(HOST),entityName.equals(kept-host)"}""")) { }
                await first.Environment.StopAsync();
            }

            await using var second = await TestEnvironment.StartAsync(directory, time: time);
            using (await second.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_ALERT","title":"after restart"}""")) { }
            using var reader = second.CreateClient(readerToken);

            using var problems = await reader.GetAsync("problems");
            var displayIds = (await problems.JsonAsync()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("displayId").GetString()).ToList();
            Assert.Equal(["P-24052", "P-24051"], displayIds);
            using var entities = await reader.GetAsync("entities?entitySelector=type(HOST)");
            Assert.Equal("kept-host", (await entities.JsonAsync()).GetProperty("entities")[0].GetProperty("displayName").GetString());
            using var events = await reader.GetAsync("events");
            Assert.Equal(2, (await events.JsonAsync()).GetProperty("totalCount").GetInt32());
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }
}
