using System.Text.Json.Nodes;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Sync.Engine;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>The issue's fault-tolerance requirement: 20 % 429s and 5 % 500s, and apply still converges to exactly the desired set.</summary>
public sealed class SyncFaultToleranceTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private const int ExtraMetricEvents = 400;

    [Fact]
    public async Task Apply_WithInjected429sAnd500s_ConvergesToExactlyTheDesiredSet()
    {
        await using var env = await LocalSyncEnvironment.StartAsync("429=0.2,500=0.05");
        var request = LargerRequest();
        // Small batches: many requests, so many of them meet a fault.
        var engine = env.Engine(new SyncEngineOptions { BatchSize = 20 });

        ApplyResult? last = null;
        var runs = 0;
        for (; runs < 10 && last?.Succeeded != true; runs++)
        {
            try
            {
                last = await engine.ApplyAsync(request, null, CancellationToken.None);
            }
            catch (DynatraceApiException)
            {
                // A list page ran out of retries: the next run starts over and converges.
                last = null;
            }
        }

        Assert.True(last?.Succeeded, $"not converged after {runs} runs: {string.Join("\n", last?.Diagnostics ?? [])}");
        Assert.True(env.Counter.Retries > 0, "no fault was injected");

        var patient = env.CreateClient(env.Token);
        var verifier = new SyncEngine(patient, LocalSyncEnvironment.Normalizer);
        var actual = await RetryAsync(() => verifier.ListAsync(CancellationToken.None));
        var owned = actual.Where(o => ExternalIds.IsOwnedBy(o.ExternalId, ExampleCatalogFixture.CatalogId)).Select(o => o.ExternalId!).ToList();
        Assert.Equal(owned.Count, owned.Distinct().Count());
        Assert.Equal(request.Desired.Select(d => d.ExternalId).Order(), owned.Order());
        var plan = new SyncPlanner(LocalSyncEnvironment.Normalizer).Plan(request, actual);
        Assert.All(plan.Changes, c => Assert.Equal(PlanAction.Unchanged, c.Action));
    }

    private SyncRequest LargerRequest()
    {
        var request = SyncRequest.FromTranslation(ExampleCatalogFixture.CatalogId, fixture.Translate().Result);
        var template = request.Desired.First(d => d.Kind == DesiredObjectKind.MetricEvent);
        var clones = Enumerable.Range(0, ExtraMetricEvents).Select(i =>
        {
            var value = (JsonObject)template.Value.DeepClone();
            value["summary"] = $"clone {i}";
            return template with
            {
                ExternalId = ExternalIds.For(ExampleCatalogFixture.CatalogId, DesiredObjectKind.MetricEvent, "payment-processor", "prod", $"Clone{i}"),
                Value = value,
            };
        });
        return request with { Desired = [.. request.Desired, .. clones] };
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (DynatraceApiException ex) when (attempt < 10 && ex.Kind is DynatraceFailureKind.RateLimited or DynatraceFailureKind.ServerError)
            {
                // The verifier meets the same faults; it only needs one clean listing.
            }
        }
    }
}
