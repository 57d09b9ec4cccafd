using Pharos.Dynatrace.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>Plan and apply of the example catalog against the real local environment.</summary>
public sealed class SyncEngineTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private SyncRequest Request(bool prune = false) =>
        SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result) with { Prune = prune };

    [Fact]
    public async Task Apply_EmptyEnvironment_CreatesEveryObjectAndSecondApplyWritesNothing()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = Request();
        var first = await env.Engine().ApplyAsync(request, null, CancellationToken.None);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(request.Desired.Count, first.CountOf(OutcomeStatus.Applied));
        Assert.All(first.Plan.Changes, c => Assert.Equal(PlanAction.Create, c.Action));

        env.Counter.Reset();
        var second = await env.Engine().ApplyAsync(request, null, CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.Empty(second.Outcomes);
        Assert.All(second.Plan.Changes, c => Assert.Equal(PlanAction.Unchanged, c.Action));
        Assert.Equal(0, env.Counter.Writes);
        // Only list pages: one per managed schema, the example fits one page each.
        Assert.Equal(SyncKinds.SchemaIds.Count, env.Counter.Total);
        Assert.Equal(SyncKinds.SchemaIds.Count, env.Counter.RequestsFor("GET", SettingsApi.ObjectsTemplate));
    }

    [Fact]
    public async Task Apply_Notifications_ReferenceTheirAlertingProfilesByObjectId()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var result = await env.Engine().ApplyAsync(Request(), null, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var actual = await env.Engine().ListAsync(CancellationToken.None);
        var profiles = actual.Where(o => o.SchemaId == SettingsSchemas.AlertingProfile).ToDictionary(o => o.ObjectId!, o => o.ExternalId);
        var notifications = actual.Where(o => o.SchemaId == SettingsSchemas.ProblemNotifications).ToList();
        Assert.NotEmpty(notifications);
        foreach (var notification in notifications)
        {
            var desired = result.Plan.Changes.Single(c => c.ExternalId == notification.ExternalId).Desired!;
            var profileId = notification.Value!.Value.GetProperty("alertingProfile").GetString()!;
            Assert.Equal(desired.References.Single().ExternalId, profiles[profileId]);
        }
    }

    [Fact]
    public async Task Plan_AfterApply_ShowsNoChangesAndAnEditedValueAsAnUpdateWithItsLeafDiff()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        await env.Engine().ApplyAsync(Request(), null, CancellationToken.None);
        var request = Request();
        var slo = request.Desired.First(o => o.Kind == DesiredObjectKind.Slo);
        var edited = slo with { Value = (System.Text.Json.Nodes.JsonObject)slo.Value.DeepClone() };
        edited.Value["targetSuccess"] = 12.5;
        edited.Value["targetWarning"] = 13.0;
        var changed = request with { Desired = [.. request.Desired.Select(o => o.ExternalId == slo.ExternalId ? edited : o)] };

        var plan = await env.Engine().PlanAsync(changed, CancellationToken.None);

        Assert.False(plan.HasErrors, string.Join("\n", plan.Diagnostics));
        var update = Assert.Single(plan.Changes, c => c.Action != PlanAction.Unchanged);
        Assert.Equal(PlanAction.Update, update.Action);
        Assert.Equal(slo.ExternalId, update.ExternalId);
        Assert.Equal(["/targetSuccess", "/targetWarning"], update.Changes.Select(c => c.Path));
        Assert.Equal("12.5", update.Changes[0].After);
    }

    [Fact]
    public async Task ApplyWithPrune_MetricMetadataUnderAnOldExternalId_IsTakenOverInPlace()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = Request(prune: true);
        var engine = env.Engine();
        Assert.True((await engine.ApplyAsync(request, null, CancellationToken.None)).Succeeded);
        var metadata = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricMetadata);
        var listed = (await engine.ListAsync(CancellationToken.None)).Single(o => o.ExternalId == metadata.ExternalId);
        var oldId = metadata.ExternalId[..^16] + "0123456789abcdef";
        var rename = new SettingsObjectCreate(metadata.SchemaId, metadata.Scope, listed.Value!.Value) { ExternalId = oldId, ObjectId = listed.ObjectId };
        Assert.True((await env.Client.Settings.CreateObjectsAsync([rename], SettingsCreateOptions.Default, CancellationToken.None)).AllSucceeded);

        var result = await engine.ApplyAsync(request, null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(PlanAction.Update, outcome.Change.Action);
        Assert.Equal(listed.ObjectId, outcome.ObjectId);
        var after = (await engine.ListAsync(CancellationToken.None)).Where(o => o.Scope == metadata.Scope).ToList();
        Assert.Equal(metadata.ExternalId, Assert.Single(after).ExternalId);
    }
}
