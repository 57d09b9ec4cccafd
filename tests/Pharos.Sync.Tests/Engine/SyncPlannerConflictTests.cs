using Pharos.Core.Diagnostics;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>What the planner refuses or warns about (PH3102–PH3105), with the exact messages.</summary>
public sealed class SyncPlannerConflictTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static readonly SyncPlanner Planner = new(LocalSyncEnvironment.Normalizer);

    private SyncRequest Request() => SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);

    [Fact]
    public void Plan_MetricMetadataScopeHeldByAHandMadeObject_IsAConflictPH3102()
    {
        var request = Request();
        var metadata = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricMetadata);

        var plan = Planner.Plan(request, [Listed.Foreign(metadata, "hand-made-id", null)]);

        var change = plan.Changes.Single(c => c.ExternalId == metadata.ExternalId);
        Assert.Equal(PlanAction.Conflict, change.Action);
        Assert.False(change.IsWrite);
        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == "PH3102");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(metadata.Source.Location, diagnostic.Location);
        Assert.Equal(
            $"the metric metadata '{metadata.Summary}' ({metadata.ExternalId}) cannot be created: scope '{metadata.Scope}' already holds the one builtin:metric.metadata object it allows (hand-made-id), and this catalog does not own it (it has no externalId). Pharos never changes objects it does not own: delete that object in Dynatrace, or stop the catalog from defining it.",
            diagnostic.Message);
        Assert.True(plan.HasErrors);
    }

    [Fact]
    public void Plan_MetricMetadataScopeHeldByThisCatalogUnderAnOldExternalId_IsTakenOverNotPruned()
    {
        var request = Request() with { Prune = true };
        var metadata = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricMetadata);
        var oldId = metadata.ExternalId[..^16] + "0123456789abcdef";

        var plan = Planner.Plan(request, [Listed.Of(metadata, "old-object") with { ExternalId = oldId }]);

        var change = plan.Changes.Single(c => c.ExternalId == metadata.ExternalId);
        Assert.Equal(PlanAction.Update, change.Action);
        Assert.Equal("old-object", change.ObjectId);
        Assert.Equal($"takes over {oldId} on the same scope", change.Reason);
        Assert.DoesNotContain(plan.Changes, c => c.ExternalId == oldId);
        Assert.False(plan.HasErrors);
    }

    [Fact]
    public void Plan_MultiObjectSchemaWithHandMadeObjects_CreatesBesideThem()
    {
        var request = Request();
        var slo = request.Desired.First(d => d.Kind == DesiredObjectKind.Slo);

        var plan = Planner.Plan(request, [Listed.Foreign(slo, "hand-made-id", null)]);

        Assert.Equal(PlanAction.Create, plan.Changes.Single(c => c.ExternalId == slo.ExternalId).Action);
        Assert.DoesNotContain(plan.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Plan_OwnedObjectOnAnotherScope_IsAConflictPH3103()
    {
        var request = Request();
        var metadata = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricMetadata);
        var moved = Listed.Of(metadata, "old-id") with { Scope = "metric-renamed" };

        var plan = Planner.Plan(request, [moved]);

        Assert.Equal(PlanAction.Conflict, plan.Changes.Single(c => c.ExternalId == metadata.ExternalId).Action);
        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == "PH3103");
        Assert.Equal(
            $"the metric metadata '{metadata.Summary}' ({metadata.ExternalId}) exists on scope 'metric-renamed' (object old-id), but the catalog now puts it on scope '{metadata.Scope}'; settings objects cannot move between scopes. Delete object old-id in Dynatrace, then run apply again.",
            diagnostic.Message);
    }

    [Fact]
    public void Plan_StoredSchemaVersionDiffers_WarnsOncePerSchemaPH3104()
    {
        var request = Request();
        var events = request.Desired.Where(d => d.Kind == DesiredObjectKind.MetricEvent).Take(2).ToList();

        var plan = Planner.Plan(request, [.. events.Select(e => Listed.Of(e) with { SchemaVersion = "1.0.18" })]);

        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == "PH3104");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "2 objects of builtin:anomaly-detection.metric-events are stored with schema version 1.0.18, but Pharos writes version 1.0.19. Values are compared after filling in defaults, so this only matters if the tenant's schema changed meaning; apply rewrites an object only when its value differs.",
            diagnostic.Message);
        Assert.False(plan.HasErrors);
        Assert.All(events, e => Assert.Equal(PlanAction.Unchanged, plan.Changes.Single(c => c.ExternalId == e.ExternalId).Action));
    }

    [Fact]
    public void Plan_ItemsWithoutASettingsHome_AreWarnedAboutWithTheirLocationPH3105()
    {
        var request = Request();
        Assert.NotEmpty(request.NotSynced);

        var plan = Planner.Plan(request, []);

        var warnings = plan.Diagnostics.Where(d => d.Code == "PH3105").ToList();
        Assert.Equal(request.NotSynced.Count, warnings.Count);
        Assert.Equal(request.NotSynced, plan.NotSynced);
        var item = request.NotSynced[0];
        Assert.Equal(item.Source.Location, warnings[0].Location);
        Assert.Equal(Severity.Warning, warnings[0].Severity);
        Assert.Equal($"not synced: {item.Kind} '{item.Item}' of {item.Service} in {item.Environment} ({item.Source.Layer}): {item.Reason}", warnings[0].Message);
    }

    [Fact]
    public void FromTranslation_WithEnvironments_KeepsTheirObjectsAndPrunesOnlyThem()
    {
        var translation = fixture.Translate().Result;
        var request = SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, translation, ["prod"]) with { Prune = true };
        var intObject = translation.DesiredObjects.First(d => d.Environments.SequenceEqual(["int-stable"]) && d.Kind == DesiredObjectKind.MetricEvent);
        var prodObject = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricEvent);
        var goneProdId = prodObject.ExternalId[..^16] + "0000000000000000";

        Assert.All(request.Desired, d => Assert.Contains("prod", d.Environments));
        Assert.All(request.NotSynced, n => Assert.Equal("prod", n.Environment));

        var plan = Planner.Plan(request, [Listed.Of(intObject), Listed.Of(prodObject) with { ExternalId = goneProdId }]);

        Assert.Equal(PlanAction.Delete, plan.Changes.Single(c => c.ExternalId == goneProdId).Action);
        Assert.DoesNotContain(plan.Changes, c => c.ExternalId == intObject.ExternalId);
    }

    [Fact]
    public void PruneScope_LimitedToEnvironments_CoversTheirObjectsAndMetadataNoEnvironmentWants()
    {
        const string wanted = "pharos:platform-next:metric-metadata:orders_total:0123456789abcdef";
        var scope = new PruneScope("platform-next")
        {
            EnvironmentSlugs = new HashSet<string> { "prod" },
            WantedElsewhere = new HashSet<string> { wanted },
        };

        Assert.True(scope.Covers("pharos:platform-next:slo:svc:prod:availability:0123456789abcdef"));
        Assert.False(scope.Covers("pharos:platform-next:slo:svc:int-stable:availability:0123456789abcdef"));
        Assert.True(scope.Covers("pharos:platform-next:metric-metadata:refunds_total:0123456789abcdef"));
        Assert.False(scope.Covers(wanted));
        Assert.False(scope.Covers("pharos:other:slo:svc:prod:availability:0123456789abcdef"));
        Assert.False(scope.Covers("monaco:abc"));
        Assert.False(scope.Covers(null));
        Assert.True(new PruneScope("platform-next").Covers("pharos:platform-next:slo:svc:int-stable:availability:0123456789abcdef"));
    }
}
