using System.Text.Json;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>Drift: read-only, owned objects edited outside Pharos and desired objects missing.</summary>
public sealed class SyncEngineDriftTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    [Fact]
    public async Task Drift_AfterEditsOutsidePharos_ReportsModifiedAndMissingWithoutWriting()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);
        var engine = env.Engine();
        Assert.True((await engine.ApplyAsync(request, null, CancellationToken.None)).Succeeded);
        var listed = await engine.ListAsync(CancellationToken.None);
        var edited = listed.First(o => o.SchemaId == SettingsSchemas.MetricEvents);
        var removed = listed.First(o => o.SchemaId == SettingsSchemas.Slo);
        var value = System.Text.Json.Nodes.JsonNode.Parse(edited.Value!.Value.GetRawText())!.AsObject();
        value["enabled"] = false;
        var update = await env.Client.Settings.UpdateObjectAsync(edited.ObjectId!, new SettingsObjectUpdate(JsonSerializer.SerializeToElement(value)), false, CancellationToken.None);
        Assert.True(update.IsSuccess);
        Assert.True((await env.Client.Settings.DeleteObjectAsync(removed.ObjectId!, null, CancellationToken.None)).IsSuccess);
        env.Counter.Reset();

        var drift = await engine.DriftAsync(request, CancellationToken.None);

        Assert.True(drift.HasDrift);
        var modified = Assert.Single(drift.Modified);
        Assert.Equal(edited.ExternalId, modified.ExternalId);
        Assert.Equal(new ValueChange("/enabled", "false", "true"), Assert.Single(modified.Changes));
        Assert.Equal(removed.ExternalId, Assert.Single(drift.Missing).ExternalId);
        Assert.Empty(drift.NotDesired);
        Assert.Equal(0, env.Counter.Writes);
        Assert.Equal(SyncKinds.SchemaIds.Count, env.Counter.Total);
    }

    [Fact]
    public async Task Drift_OwnedObjectTheCatalogDropped_IsReportedAsNotDesired()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);
        Assert.True((await env.Engine().ApplyAsync(request, null, CancellationToken.None)).Succeeded);
        var dropped = request.Desired[^1];

        var drift = await env.Engine().DriftAsync(request with { Desired = [.. request.Desired.SkipLast(1)], Prune = true }, CancellationToken.None);

        var item = Assert.Single(drift.NotDesired);
        Assert.Equal(dropped.ExternalId, item.ExternalId);
        Assert.Equal(PlanAction.Orphaned, item.Action);
        Assert.Empty(drift.Modified);
        Assert.Empty(drift.Missing);
    }
}
