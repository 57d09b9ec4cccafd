using Pharos.Dynatrace;
using Pharos.Dynatrace.Concurrency;
using Pharos.Dynatrace.Settings;
using Pharos.Settings;

namespace Pharos.Sync.Engine;

/// <summary>
/// Plan, apply and drift against one Dynatrace environment. Reads the environment with one
/// paginated list per managed schema (never a GET per object), plans with <see cref="SyncPlanner"/>,
/// checks every create and update server-side with <c>validateOnly=true</c>, then writes in
/// batches with bounded concurrency. Retries (429, 5XX, with backoff, jitter and Retry-After) are
/// the client's; configure them on the <see cref="DynatraceClient"/> (sync wants
/// <c>RetryServerErrors = true</c>). List failures throw <c>DynatraceApiException</c>.
/// </summary>
public sealed class SyncEngine
{
    private readonly DynatraceClient _client;
    private readonly SyncPlanner _planner;
    private readonly SyncEngineOptions _options;

    public SyncEngine(DynatraceClient client, SettingsNormalizer normalizer, SyncEngineOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _planner = new SyncPlanner(normalizer);
        _options = options ?? SyncEngineOptions.Default;
        _options.Validate();
    }

    /// <summary>Every object of the managed schemas, Pharos-owned or not, with the fields a plan needs.</summary>
    public async Task<IReadOnlyList<SettingsObject>> ListAsync(CancellationToken cancellationToken)
    {
        var lists = await BoundedConcurrency.SelectAsync(SyncKinds.SchemaIds, _options.Concurrency, async (schemaId, ct) =>
        {
            var objects = new List<SettingsObject>();
            var query = new SettingsObjectQuery { SchemaIds = [schemaId], Fields = SettingsFields.ForSync };
            await foreach (var item in _client.Settings.ListObjectsAsync(query, ct).ConfigureAwait(false))
            {
                objects.Add(item.SchemaId is null ? item with { SchemaId = schemaId } : item);
            }

            return objects;
        }, cancellationToken).ConfigureAwait(false);
        return [.. lists.SelectMany(l => l)];
    }

    /// <summary>Lists, plans and (unless switched off) validates every create and update server-side.</summary>
    public async Task<PlanResult> PlanAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = _planner.Plan(request, await ListAsync(cancellationToken).ConfigureAwait(false));
        if (!_options.ValidateOnServer || plan.HasErrors)
        {
            return plan;
        }

        var validator = new PlanValidator(_client, _options);
        return plan.WithDiagnostics(await validator.ValidateAsync(plan, new SyncSecrets(request.Desired), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Plans, and when the plan has no errors executes it. A failed write does not stop the others.</summary>
    public async Task<ApplyResult> ApplyAsync(SyncRequest request, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(request, cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(plan, new SyncSecrets(request.Desired), progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Executes a plan made by <see cref="PlanAsync"/>; nothing is written when it has errors.</summary>
    public async Task<ApplyResult> ExecuteAsync(PlanResult plan, SyncSecrets secrets, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(secrets);
        if (plan.HasErrors)
        {
            return new ApplyResult(plan, [], plan.Diagnostics);
        }

        var outcomes = await new PlanExecutor(_client, _options, secrets).ExecuteAsync(plan, progress, cancellationToken).ConfigureAwait(false);
        return new ApplyResult(plan, outcomes, [.. plan.Diagnostics, .. outcomes.Select(o => o.Problem).OfType<Pharos.Core.Diagnostics.Diagnostic>()]);
    }

    /// <summary>Read-only: lists and compares, never validates or writes. Owned objects the catalog no longer has are reported whatever <see cref="SyncRequest.Prune"/> says.</summary>
    public async Task<DriftReport> DriftAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actual = await ListAsync(cancellationToken).ConfigureAwait(false);
        return new DriftReport(_planner.Plan(request with { Prune = false, ForceSecrets = false }, actual));
    }
}
