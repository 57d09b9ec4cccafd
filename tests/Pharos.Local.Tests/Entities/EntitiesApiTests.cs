using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Entities;

public sealed class EntitiesApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task ListEntities_BySelector_ReturnsDefaultFields()
    {
        var entity = await _env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", "checkout"), CancellationToken.None);
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", "checkout-host"), CancellationToken.None);

        using var response = await _env.Client.GetAsync("entities?entitySelector=type(\"SERVICE\")");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $$"""{"totalCount":1,"pageSize":50,"nextPageKey":null,"entities":[{"entityId":"{{entity.EntityId}}","type":"SERVICE","displayName":"checkout"}]}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task ListEntities_WithFields_AddsTagsZonesProperties()
    {
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("KUBERNETES_CLUSTER", "prod-eu")
        {
            Tags = [EntityTag.Custom("env", "prod")],
            ManagementZones = [new ManagementZoneRef("1", "EU")],
            Properties = new Dictionary<string, string> { ["kubernetesDistribution"] = "OPENSHIFT" },
        }, CancellationToken.None);

        using var response = await _env.Client.GetAsync("entities?entitySelector=type(KUBERNETES_CLUSTER),mzName(EU)&fields=+tags,+managementZones,+properties,+firstSeenTms");

        var entity = (await response.JsonAsync()).GetProperty("entities")[0];
        Assert.Equal("env:prod", entity.GetProperty("tags")[0].GetProperty("stringRepresentation").GetString());
        Assert.Equal("EU", entity.GetProperty("managementZones")[0].GetProperty("name").GetString());
        Assert.Equal("OPENSHIFT", entity.GetProperty("properties").GetProperty("kubernetesDistribution").GetString());
        Assert.Equal(_env.Time.GetUtcNow().ToUnixTimeMilliseconds(), entity.GetProperty("firstSeenTms").GetInt64());
    }

    [Fact]
    public async Task GetEntity_Known_ReturnsAllFields_UnknownIs404()
    {
        var entity = await _env.Environment.Entities.RegisterAsync(new EntityRegistration("PROCESS_GROUP", "java-app"), CancellationToken.None);

        using var known = await _env.Client.GetAsync($"entities/{entity.EntityId}");
        using var unknown = await _env.Client.GetAsync("entities/HOST-0000000000000000");

        Assert.Equal("java-app", (await known.JsonAsync()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("entities", "entitySelector")]
    [InlineData("entities?entitySelector=entityName(x)", "entitySelector")]
    [InlineData("entities?entitySelector=type(HOST)&fields=+tgs", "fields")]
    public async Task ListEntities_BadQuery_Returns400(string url, string path)
    {
        using var response = await _env.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(path, (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task ListEntities_Pagination_WalksAllWithNextPageKey()
    {
        for (var i = 0; i < 5; i++)
        {
            await _env.Environment.Entities.RegisterAsync(new EntityRegistration("HOST", $"h{i}"), CancellationToken.None);
        }

        var names = new List<string>();
        var url = "entities?entitySelector=type(HOST)&pageSize=2";
        while (url is not null)
        {
            using var response = await _env.Client.GetAsync(url);
            var body = await response.JsonAsync();
            names.AddRange(body.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()!));
            var key = body.GetProperty("nextPageKey").GetString();
            url = key is null ? null : $"entities?nextPageKey={key}";
        }

        Assert.Equal(["h0", "h1", "h2", "h3", "h4"], names);
    }

    [Fact]
    public async Task Register_SameTypeAndName_UpdatesSameEntity()
    {
        var first = await _env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", "svc"), CancellationToken.None);
        _env.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await _env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", "svc") { Tags = [EntityTag.Custom("x")] }, CancellationToken.None);

        Assert.Equal(first.EntityId, second.EntityId);
        Assert.Equal(first.FirstSeen, second.FirstSeen);
        Assert.Single(second.Tags);
    }

    [Fact]
    public async Task Register_UnknownType_ThrowsWithExpectedAndActual()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _env.Environment.Entities.RegisterAsync(new EntityRegistration("SPACESHIP", "x"), CancellationToken.None));

        Assert.Contains("Actual value: 'SPACESHIP'", error.Message, StringComparison.Ordinal);
    }
}
