using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Entities;

/// <summary>
/// Management-zone filtering where the contract documents it: <c>entitySelector</c> <c>mzId</c>/<c>mzName</c>,
/// <c>eventSelector</c> <c>managementZoneId</c> and <c>problemSelector</c> <c>managementZones</c>/<c>managementZoneIds</c>. Zones come from
/// the entity registry (an event remembers its entity's zones when it is ingested).
/// </summary>
public sealed class ManagementZoneFilteringTests : IAsyncLifetime
{
    private static readonly ManagementZoneRef Payments = new("6143976176513989654", "Payments");
    private static readonly ManagementZoneRef Search = new("-6114370715062110014", "Search");

    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync();
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "pay-1") { ManagementZones = [Payments] }, CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "search-1") { ManagementZones = [Search] }, CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "shared-1") { ManagementZones = [Payments, Search] }, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("type(HOST),mzId(6143976176513989654)", "pay-1,shared-1")]
    [InlineData("type(HOST),mzId(-6114370715062110014)", "search-1,shared-1")]
    [InlineData("type(HOST),mzName(\"Search\")", "search-1,shared-1")]
    [InlineData("type(HOST),mzName(\"Nope\")", "")]
    public async Task Entities_ZoneCriteria_SelectEntitiesOfTheZone(string selector, string expected)
    {
        using var response = await _env.Client.GetAsync($"entities?entitySelector={Uri.EscapeDataString(selector)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = (await response.JsonAsync()).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Events_ManagementZoneId_KeepsEventsOfEntitiesInTheZone()
    {
        foreach (var host in new[] { "pay-1", "search-1", "shared-1" })
        {
            using var ingest = await _env.Client.PostJsonAsync("events/ingest",
                $$"""{"eventType":"CUSTOM_INFO","title":"note {{host}}","entitySelector":"type(HOST),entityName.equals(\"{{host}}\")"}""");
            Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        }

        using var response = await _env.Client.GetAsync($"events?eventSelector={Uri.EscapeDataString("managementZoneId(\"-6114370715062110014\")")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = (await response.JsonAsync()).GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["note search-1", "note shared-1"], events.Select(e => e.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Contains("Search", e.GetProperty("managementZones").GetRawText(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("managementZones(\"Payments\")")]
    [InlineData("managementZoneIds(\"6143976176513989654\")")]
    public async Task Problems_ZoneCriterion_KeepsProblemsTouchingTheZone(string problemSelector)
    {
        foreach (var host in new[] { "pay-1", "search-1" })
        {
            using var ingest = await _env.Client.PostJsonAsync("events/ingest",
                $$"""{"eventType":"ERROR_EVENT","title":"down {{host}}","entitySelector":"type(HOST),entityName.equals(\"{{host}}\")"}""");
            Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        }

        using var response = await _env.Client.GetAsync($"problems?problemSelector={Uri.EscapeDataString(problemSelector)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("problems").EnumerateArray().ToList());
        Assert.Equal("down pay-1", problem.GetProperty("title").GetString());
    }
}
