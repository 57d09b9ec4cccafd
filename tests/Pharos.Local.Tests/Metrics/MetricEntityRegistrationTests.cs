using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Metrics;

/// <summary>Entities named in dt.entity.&lt;type&gt; dimensions are registered on first reference.</summary>
public sealed class MetricEntityRegistrationTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Ingest_EntityDimension_RegistersEntityOfThatType()
    {
        await _env.Client.IngestOkAsync("""
            reg.metric,dt.entity.service=SERVICE-1234567890ABCDEF 1
            reg.metric,dt.entity.process_group_instance=PROCESS_GROUP_INSTANCE-00000000000000AA 2
            """);

        var service = await _env.Environment.Entities.GetAsync("SERVICE-1234567890ABCDEF", CancellationToken.None);
        var instance = await _env.Environment.Entities.GetAsync("PROCESS_GROUP_INSTANCE-00000000000000AA", CancellationToken.None);
        Assert.NotNull(service);
        Assert.Equal("SERVICE", service.Type);
        Assert.Equal("SERVICE-1234567890ABCDEF", service.DisplayName);
        Assert.Equal(ManualTimeProvider.DefaultStart, service.FirstSeen);
        Assert.Equal("PROCESS_GROUP_INSTANCE", instance?.Type);

        using var entities = await _env.Client.GetAsync("entities?entitySelector=type(SERVICE)");
        Assert.Equal("SERVICE-1234567890ABCDEF", (await entities.JsonAsync()).GetProperty("entities")[0].GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task Ingest_RegisteredEntity_KeepsItsNameAndTags()
    {
        var registration = new EntityRegistration("SERVICE", "checkout")
        {
            EntityId = "SERVICE-00000000000000C0",
            Tags = [new EntityTag(EntityTag.Contextless, "team", "payments")],
        };
        await _env.Environment.Entities.RegisterAsync(registration, CancellationToken.None);

        await _env.Client.IngestOkAsync("reg.named,dt.entity.service=SERVICE-00000000000000C0 1");

        var entity = await _env.Environment.Entities.GetAsync("SERVICE-00000000000000C0", CancellationToken.None);
        Assert.Equal("checkout", entity?.DisplayName);
        Assert.Equal(registration.Tags, entity?.Tags);
    }

    [Theory]
    [InlineData("dt.entity.service=not-an-id", "not-an-id")]
    [InlineData("dt.entity.service=HOST-0000000000000001", "HOST-0000000000000001")]
    [InlineData("dt.entity.kubernetes_pod=KUBERNETES_POD-0000000000000001", "KUBERNETES_POD-0000000000000001")]
    public async Task Ingest_ValueThatIsNoEntityOfItsType_StoresDataButRegistersNothing(string dimension, string value)
    {
        using var response = await _env.Client.IngestAsync($"reg.skipped,{dimension} 1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(await _env.Environment.Entities.GetAsync(value, CancellationToken.None));
        using var descriptor = await _env.Client.GetAsync("metrics/reg.skipped");
        Assert.Equal(HttpStatusCode.OK, descriptor.StatusCode);
    }

    [Fact]
    public async Task Ingest_SameEntityAgainAfterAnHour_RefreshesLastSeen()
    {
        await _env.Client.IngestOkAsync("reg.touched,dt.entity.host=HOST-00000000000000AB 1");
        _env.Time.Advance(TimeSpan.FromMinutes(30));
        await _env.Client.IngestOkAsync("reg.touched,dt.entity.host=HOST-00000000000000AB 2");
        var early = await _env.Environment.Entities.GetAsync("HOST-00000000000000AB", CancellationToken.None);

        _env.Time.Advance(TimeSpan.FromMinutes(31));
        await _env.Client.IngestOkAsync("reg.touched,dt.entity.host=HOST-00000000000000AB 3");
        var late = await _env.Environment.Entities.GetAsync("HOST-00000000000000AB", CancellationToken.None);

        Assert.Equal(ManualTimeProvider.DefaultStart, early?.LastSeen);
        Assert.Equal(ManualTimeProvider.DefaultStart.AddMinutes(61), late?.LastSeen);
        Assert.Equal(ManualTimeProvider.DefaultStart, late?.FirstSeen);
    }
}
