using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>Server-side validation, partial failures and re-runs against the real local environment (PH3101, PH3106–PH3108).</summary>
public sealed class SyncEngineFailureTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private SyncRequest Request() => SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);

    [Fact]
    public async Task Plan_ValueDynatraceRejects_ReportsPH3101AtTheCatalogItemAndApplyWritesNothing()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = Request();
        var slo = request.Desired.First(d => d.Kind == DesiredObjectKind.Slo);
        // A hand-made SLO already uses the name: SLO names are unique per tenant.
        await HandMade.CreateAsync(env.Client, slo, v =>
        {
            v["metricName"] = "hand_made_metric";
            v["customDescription"] = "made by hand";
        });

        var plan = await env.Engine().PlanAsync(request, CancellationToken.None);

        var diagnostic = Assert.Single(plan.Diagnostics, d => d.IsError);
        Assert.Equal("PH3101", diagnostic.Code);
        Assert.Equal(slo.Source.Location, diagnostic.Location);
        Assert.Equal(
            $"Dynatrace rejects the slo '{slo.Summary}' ({slo.ExternalId}) at 'name': There is another SLO with an identical name defined. Please make your SLO name unique to save your changes. It comes from {slo.Source.Layer}. Fix the catalog item; nothing was written (checked with validateOnly=true).",
            diagnostic.Message);

        env.Counter.Reset();
        var apply = await env.Engine().ApplyAsync(request, null, CancellationToken.None);
        Assert.False(apply.Succeeded);
        Assert.Empty(apply.Outcomes);
        Assert.Equal(0, env.Counter.Writes);
    }

    [Fact]
    public async Task Apply_OneWriteFails_ReportsPH3106ForItAppliesTheRestAndARerunConverges()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = Request();
        var engine = env.Engine();
        var plan = await engine.PlanAsync(request, CancellationToken.None);
        Assert.False(plan.HasErrors, string.Join("\n", plan.Diagnostics));

        // Between plan and apply someone creates a management zone with the same (unique) name.
        var zone = request.Desired.First(d => d.Kind == DesiredObjectKind.ManagementZone);
        var intruder = await HandMade.CreateAsync(env.Client, zone);
        var result = await engine.ExecuteAsync(plan, new SyncSecrets(request.Desired), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        var failed = Assert.Single(result.Outcomes, o => o.Status != OutcomeStatus.Applied);
        Assert.Equal(OutcomeStatus.Failed, failed.Status);
        Assert.Equal(zone.ExternalId, failed.Change.ExternalId);
        Assert.Equal(request.Desired.Count - 1, result.CountOf(OutcomeStatus.Applied));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PH3106", diagnostic.Code);
        Assert.Equal(zone.Source.Location, diagnostic.Location);
        Assert.Equal(
            $"creating the management zone '{zone.Summary}' ({zone.ExternalId}) failed: HTTP 400: Constraints violated. builtin:management-zones/0/name: Management zone with this name already exists. Please provide a different one. It comes from {zone.Source.Layer}. Objects that succeeded stay applied; fix the cause and run apply again to converge.",
            diagnostic.Message);

        var delete = await env.Client.Settings.DeleteObjectAsync(intruder, null, CancellationToken.None);
        Assert.True(delete.IsSuccess);
        var rerun = await engine.ApplyAsync(request, null, CancellationToken.None);

        Assert.True(rerun.Succeeded, string.Join("\n", rerun.Diagnostics));
        Assert.Equal(zone.ExternalId, Assert.Single(rerun.Outcomes).Change.ExternalId);
        Assert.False((await engine.PlanAsync(request, CancellationToken.None)).HasChanges);
    }

    [Fact]
    public async Task Apply_ReferencedObjectMissing_SkipsTheDependantWithPH3107()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var full = Request();
        // Only the notifications: their alerting profiles exist nowhere.
        var request = full with { Desired = [.. full.Desired.Where(d => d.Kind == DesiredObjectKind.Notification)] };

        var result = await env.Engine().ApplyAsync(request, null, CancellationToken.None);

        Assert.False(result.Plan.HasErrors, string.Join("\n", result.Plan.Diagnostics));
        Assert.All(result.Outcomes, o => Assert.Equal(OutcomeStatus.Skipped, o.Status));
        var first = result.Outcomes[0].Change;
        var reference = first.Desired!.References[0];
        var diagnostic = result.Diagnostics.First(d => d.Code == "PH3107");
        Assert.Equal(first.Location, diagnostic.Location);
        Assert.Equal(
            $"the notification '{first.Label}' ({first.ExternalId}) was not written: it refers to alerting profile {reference.ExternalId} at /alertingProfile, which does not exist in Dynatrace (its own write failed or was skipped). Fix that object; the next apply writes both.",
            diagnostic.Message);
        Assert.Equal(0, env.Counter.Writes);
    }

    [Fact]
    public async Task Plan_TokenWithoutWriteScope_ReportsPH3108AndWritesNothing()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var readOnly = env.CreateClient(await env.CreateTokenAsync("settings.read"));

        var result = await env.Engine(readOnly).ApplyAsync(Request(), null, CancellationToken.None);

        var diagnostic = result.Diagnostics.First(d => d.IsError);
        Assert.Equal("PH3108", diagnostic.Code);
        Assert.StartsWith("the server-side check (validateOnly=true) of ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 403 Forbidden", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("settings.write", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written; run the plan again once Dynatrace answers.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outcomes);
        Assert.Equal(0, env.Counter.Writes);
    }

    [Fact]
    public async Task ApplyWithPrune_DeletesOnlyOwnedObjectsTheCatalogNoLongerHas()
    {
        await using var env = await LocalSyncEnvironment.StartAsync();
        var request = Request();
        var engine = env.Engine();
        Assert.True((await engine.ApplyAsync(request, null, CancellationToken.None)).Succeeded);
        var template = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricEvent);
        var handMade = await HandMade.CreateAsync(env.Client, template, v => v["summary"] = "hand-made");
        var monaco = await HandMade.CreateAsync(env.Client, template, v => v["summary"] = "monaco", "monaco:abc");
        var otherCatalog = await HandMade.CreateAsync(env.Client, template, v => v["summary"] = "other", template.ExternalId.Replace("pharos:platform-next:", "pharos:other:", StringComparison.Ordinal));
        var dropped = request.Desired.Where(d => d.Kind is DesiredObjectKind.Notification or DesiredObjectKind.AlertingProfile).ToList();
        var smaller = request with { Desired = [.. request.Desired.Except(dropped)], Prune = true };

        var result = await engine.ApplyAsync(smaller, null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(dropped.Select(d => d.ExternalId).Order(), result.Outcomes.Select(o => o.Change.ExternalId).Order());
        Assert.All(result.Outcomes, o => Assert.Equal(PlanAction.Delete, o.Change.Action));
        var remaining = (await engine.ListAsync(CancellationToken.None)).Select(o => o.ObjectId).ToHashSet();
        Assert.Contains(handMade, remaining);
        Assert.Contains(monaco, remaining);
        Assert.Contains(otherCatalog, remaining);
        Assert.Equal(smaller.Desired.Count + 3, remaining.Count);
    }
}
