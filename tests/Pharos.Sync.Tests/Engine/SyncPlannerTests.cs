using System.Text.Json.Nodes;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>The plan as a pure function of the desired objects and the listed objects.</summary>
public sealed class SyncPlannerTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static readonly SyncPlanner Planner = new(LocalSyncEnvironment.Normalizer);

    private SyncRequest Request() => SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);

    private static IReadOnlyList<SettingsObject> ListedAll(SyncRequest request) => [.. request.Desired.Select(d => Listed.Of(d))];

    [Fact]
    public void Plan_EmptyEnvironment_CreatesEveryDesiredObjectInCreationOrder()
    {
        var request = Request();
        var plan = Planner.Plan(request, []);

        Assert.Equal(request.Desired.Select(d => d.ExternalId), plan.Changes.Select(c => c.ExternalId));
        Assert.All(plan.Changes, c => Assert.Equal(PlanAction.Create, c.Action));
        Assert.All(plan.Changes, c => Assert.NotNull(c.After));
        Assert.True(plan.HasChanges);
        Assert.Equal(plan.Changes.Select(c => c.Kind), plan.Changes.Select(c => c.Kind).Order());
    }

    [Fact]
    public void Plan_ListedValuesWithDefaultsFilledAndKeysReordered_AreUnchanged()
    {
        var request = Request();
        // What Dynatrace answers: the value with the schema's defaults filled in (repairInput), keys in its own order.
        var listed = request.Desired.Select(d =>
        {
            var filled = LocalSyncEnvironment.Normalizer.ApplyDefaults(d.SchemaId, System.Text.Json.JsonSerializer.SerializeToElement(d.Value)).AsObject();
            var reordered = new JsonObject(filled.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            return Listed.Object(d.SchemaId, d.Scope, reordered, "object-" + d.ExternalId, d.ExternalId);
        }).ToList();

        var plan = Planner.Plan(request, ResolveReferences(request, listed));

        Assert.All(plan.Changes, c => Assert.Equal(PlanAction.Unchanged, c.Action));
        Assert.False(plan.HasChanges);
    }

    [Fact]
    public void Plan_NotificationReferencingItsProfileByObjectId_IsUnchanged_AndAnotherProfileIsAnUpdate()
    {
        var request = Request();
        var listed = ResolveReferences(request, ListedAll(request));
        var notification = request.Desired.First(d => d.Kind == DesiredObjectKind.Notification);
        var otherProfile = request.Desired.First(d => d.Kind == DesiredObjectKind.AlertingProfile && d.ExternalId != notification.References[0].ExternalId);

        Assert.Equal(PlanAction.Unchanged, Planner.Plan(request, listed).Changes.Single(c => c.ExternalId == notification.ExternalId).Action);

        var repointed = listed.Select(o => o.ExternalId == notification.ExternalId
            ? Listed.Of(notification, o.ObjectId, v => v["alertingProfile"] = "object-" + otherProfile.ExternalId)
            : o).ToList();
        var change = Planner.Plan(request, repointed).Changes.Single(c => c.ExternalId == notification.ExternalId);

        Assert.Equal(PlanAction.Update, change.Action);
        var diff = Assert.Single(change.Changes);
        Assert.Equal("/alertingProfile", diff.Path);
        Assert.Equal($"\"{otherProfile.ExternalId}\"", diff.Before);
        Assert.Equal($"\"{notification.References[0].ExternalId}\"", diff.After);
    }

    [Fact]
    public void Plan_ChangedValue_IsAnUpdateWithBeforeAfterAndLeafChanges()
    {
        var request = Request();
        var slo = request.Desired.First(d => d.Kind == DesiredObjectKind.Slo);
        var listed = ResolveReferences(request, [.. request.Desired.Select(d => d == slo ? Listed.Of(d, edit: v => v["targetSuccess"] = 50) : Listed.Of(d))]);

        var change = Planner.Plan(request, listed).Changes.Single(c => c.Action != PlanAction.Unchanged);

        Assert.Equal(PlanAction.Update, change.Action);
        Assert.Equal(slo.ExternalId, change.ExternalId);
        Assert.Equal("object-" + slo.ExternalId, change.ObjectId);
        Assert.Equal(new ValueChange("/targetSuccess", "50", slo.Value["targetSuccess"]!.ToJsonString()), Assert.Single(change.Changes));
        Assert.Contains("\"targetSuccess\":50", change.Before, StringComparison.Ordinal);
        Assert.NotEqual(change.Before, change.After);
    }

    [Fact]
    public void Plan_OwnedObjectsNoLongerDesired_AreOrphanedWithoutPruneAndDeletedWithPrune()
    {
        var request = Request();
        var gone = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricEvent);
        var listed = ResolveReferences(request, ListedAll(request));
        var smaller = request with { Desired = [.. request.Desired.Where(d => d != gone)] };

        var orphan = Planner.Plan(smaller, listed).Changes.Single(c => c.ExternalId == gone.ExternalId);
        var delete = Planner.Plan(smaller with { Prune = true }, listed).Changes.Single(c => c.ExternalId == gone.ExternalId);

        Assert.Equal(PlanAction.Orphaned, orphan.Action);
        Assert.False(orphan.IsWrite);
        Assert.Equal(PlanAction.Delete, delete.Action);
        Assert.Equal("object-" + gone.ExternalId, delete.ObjectId);
        Assert.Equal("no longer in the catalog", delete.Reason);
        Assert.NotNull(delete.Before);
    }

    [Fact]
    public void Plan_ObjectsWithoutThisCatalogsExternalId_AreNeverChangedOrDeleted()
    {
        var request = Request() with { Prune = true };
        var template = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricEvent);
        var foreign = new[]
        {
            Listed.Foreign(template, "hand-made", null),
            Listed.Foreign(template, "monaco", "monaco:abc"),
            Listed.Foreign(template, "other-catalog", template.ExternalId.Replace("pharos:platform-next:", "pharos:other:", StringComparison.Ordinal)),
        };

        var plan = Planner.Plan(request, foreign);

        Assert.All(plan.Changes, c => Assert.Equal(PlanAction.Create, c.Action));
        Assert.DoesNotContain(plan.Changes, c => c.ObjectId is "hand-made" or "monaco" or "other-catalog");
    }

    [Fact]
    public void Plan_OnlySecretsDiffer_IsUnchanged_UnlessSecretsAreForced()
    {
        var request = Request();
        var teams = request.Desired.First(d => d.SecretPaths.Count > 0);
        var listed = ResolveReferences(request, [.. request.Desired.Select(d => d == teams
            ? Listed.Of(d, edit: v => v["webHookNotification"]!["secretUrl"] = "https://example.webhook.office.com/rotated")
            : Listed.Of(d))]);

        var plain = Planner.Plan(request, listed).Changes.Single(c => c.ExternalId == teams.ExternalId);
        var forced = Planner.Plan(request with { ForceSecrets = true }, listed);

        Assert.Equal(PlanAction.Unchanged, plain.Action);
        var resent = forced.Changes.Single(c => c.ExternalId == teams.ExternalId);
        Assert.Equal(PlanAction.Update, resent.Action);
        Assert.Equal("secrets re-sent (--force-secrets)", resent.Reason);
        Assert.DoesNotContain("webhookb2", resent.After!, StringComparison.Ordinal);
        Assert.Contains($"\"secretUrl\":\"{SyncSecrets.Mask}\"", resent.After!, StringComparison.Ordinal);
        Assert.All(forced.Changes.Where(c => c.Action == PlanAction.Update), c => Assert.NotEmpty(c.Desired!.SecretPaths));
    }

    [Fact]
    public void Plan_CreatedNotification_ListsItsProfileAsPendingReference()
    {
        var request = Request();
        var plan = Planner.Plan(request, []);
        var notification = plan.Changes.First(c => c.Kind == DesiredObjectKind.Notification);

        Assert.Equal(notification.Desired!.References, notification.PendingReferences);
        Assert.Contains($"\"alertingProfile\":\"{notification.PendingReferences[0].ExternalId}\"", notification.After!, StringComparison.Ordinal);
    }

    // Dynatrace stores objectIds where the catalog writes externalIds.
    private static IReadOnlyList<SettingsObject> ResolveReferences(SyncRequest request, IReadOnlyList<SettingsObject> listed)
    {
        var ids = listed.Where(o => o.ExternalId is not null).ToDictionary(o => o.ExternalId!, o => o.ObjectId!);
        return [.. listed.Select(o =>
        {
            var desired = request.Desired.FirstOrDefault(d => d.ExternalId == o.ExternalId);
            if (desired is null || desired.References.Count == 0)
            {
                return o;
            }

            var value = JsonNode.Parse(o.Value!.Value.GetRawText())!.AsObject();
            foreach (var reference in desired.References)
            {
                value[reference.Path.TrimStart('/')] = ids[reference.ExternalId];
            }

            return o with { Value = System.Text.Json.JsonSerializer.SerializeToElement(value) };
        })];
    }
}
