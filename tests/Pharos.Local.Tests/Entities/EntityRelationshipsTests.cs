using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Entities;

/// <summary>Registered relationships: rendered as <c>fromRelationships</c> and used by the metric selector's <c>:parents</c>.</summary>
public sealed class EntityRelationshipsTests : IAsyncLifetime
{
    private const string Host = "HOST-AAAAAAAAAAAAAAAA";
    private const string ProcessA = "PROCESS_GROUP_INSTANCE-AAAAAAAAAAAAAAAA";
    private const string ProcessB = "PROCESS_GROUP_INSTANCE-BBBBBBBBBBBBBBBB";

    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task ListEntities_FromRelationships_AreRenderedAndKeptOutOfProperties()
    {
        await RegisterProcessAsync(ProcessA, Host);

        using var response = await _env.Client.GetAsync($"entities?entitySelector=entityId(\"{ProcessA}\")&fields=+properties,+fromRelationships");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entity = (await response.JsonAsync()).GetProperty("entities")[0];
        Assert.Equal("""{"role":"web"}""", entity.GetProperty("properties").GetRawText());
        Assert.Equal($$"""{"isProcessOf":[{"id":"{{Host}}","type":"HOST"}]}""", entity.GetProperty("fromRelationships").GetRawText());
    }

    [Fact]
    public async Task Register_ReservedPropertyName_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _env.Environment.Entities.RegisterAsync(
            new EntityRegistration("HOST", "h") { Properties = new Dictionary<string, string> { ["fromRelationships.x"] = "HOST-1" } }, CancellationToken.None));

        Assert.Contains("Actual value: 'fromRelationships.x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_RelationshipToNonEntity_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _env.Environment.Entities.RegisterAsync(
            new EntityRegistration("PROCESS_GROUP_INSTANCE", "p") { FromRelationships = new Dictionary<string, IReadOnlyList<string>> { ["isProcessOf"] = ["nohost"] } },
            CancellationToken.None));

        Assert.Contains("Actual value: 'isProcessOf' → [nohost]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsQuery_Parents_AddsTheRegisteredHostOverHttp()
    {
        await RegisterProcessAsync(ProcessA, Host);
        await _env.Client.IngestOkAsync($"""
            proc.cpu,dt.entity.process_group_instance={ProcessA} 10 {MinutesMs(-1)}
            proc.cpu,dt.entity.process_group_instance={ProcessB} 20 {MinutesMs(-1)}
            """);

        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector={Uri.EscapeDataString("proc.cpu:parents")}&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("result")[0].GetProperty("data");
        Assert.Equal($$"""{"dt.entity.process_group_instance":"{{ProcessA}}","dt.entity.host":"{{Host}}"}""", data[0].GetProperty("dimensionMap").GetRawText());
        Assert.Equal($$"""{"dt.entity.process_group_instance":"{{ProcessB}}","dt.entity.host":null}""", data[1].GetProperty("dimensionMap").GetRawText());
    }

    [Fact]
    public async Task MetricsQuery_ParentsOnEntityWithoutParentType_Returns400()
    {
        await _env.Client.IngestOkAsync($"svc.rt,dt.entity.service=SERVICE-AAAAAAAAAAAAAAAA 1 {MinutesMs(-1)}");

        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector={Uri.EscapeDataString("svc.rt:parents")}&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "':parents' needs an entity dimension that has a parent, but none of dt.entity.service has one. Parents are known for dt.entity.disk (parent dt.entity.host), "
            + "dt.entity.process_group_instance (parent dt.entity.host), dt.entity.service_method (parent dt.entity.service).",
            await response.TextAsync(), StringComparison.Ordinal);
    }

    private Task<LocalEntity> RegisterProcessAsync(string id, string host) => _env.Environment.Entities.RegisterAsync(
        new EntityRegistration("PROCESS_GROUP_INSTANCE", "web-1")
        {
            EntityId = id,
            Properties = new Dictionary<string, string> { ["role"] = "web" },
            FromRelationships = new Dictionary<string, IReadOnlyList<string>> { ["isProcessOf"] = [host] },
        },
        CancellationToken.None);
}
