using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Settings;
using Pharos.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// The plan as a pure function: desired objects + the objects listed from the environment →
/// one action per object. Identity is the externalId; values are compared after normalisation
/// (schema defaults filled, sets sorted, key order and number spelling ignored) with secrets
/// masked, because Dynatrace never returns them. References are compared as externalIds, so an
/// objectId that Dynatrace assigned never shows up as a difference. No I/O.
/// </summary>
public sealed class SyncPlanner
{
    private readonly SettingsNormalizer _normalizer;

    public SyncPlanner(SettingsNormalizer normalizer)
    {
        _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
    }

    public PlanResult Plan(SyncRequest request, IReadOnlyList<SettingsObject> actual)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actual);
        var state = new ActualState(request.CatalogId, actual);
        var diagnostics = new List<Diagnostic>();
        var changes = new List<PlannedChange>(request.Desired.Count);
        var desiredKeys = new HashSet<(string, string)>();
        foreach (var desired in request.Desired)
        {
            desiredKeys.Add((desired.SchemaId, desired.ExternalId));
            changes.Add(PlanDesired(desired, state, request.ForceSecrets, diagnostics));
        }

        var leftovers = state.Owned.Values
            .Where(o => !desiredKeys.Contains((o.SchemaId!, o.ExternalId!)) && !state.IsClaimed(o) && request.PruneScope.Covers(o.ExternalId))
            .OrderBy(o => SyncKinds.KindOf(o.SchemaId))
            .ThenBy(o => o.ExternalId, StringComparer.Ordinal);
        foreach (var owned in leftovers)
        {
            var action = request.Prune ? PlanAction.Delete : PlanAction.Orphaned;
            changes.Add(new PlannedChange(action, owned.SchemaId!, owned.Scope ?? "", owned.ExternalId!)
            {
                Actual = owned,
                Before = _normalizer.ToCanonicalJson(owned.SchemaId!, owned.Value ?? default, SyncSecrets.Mask),
                Reason = "no longer in the catalog",
            });
        }

        diagnostics.AddRange(SchemaVersionWarnings(changes));
        diagnostics.AddRange(request.NotSynced.Select(SyncDiagnostics.NotSynced));
        return new PlanResult(changes, diagnostics)
        {
            NotSynced = request.NotSynced,
            ObjectIds = state.ObjectIdsByExternalId,
        };
    }

    private PlannedChange PlanDesired(DesiredObject desired, ActualState state, bool forceSecrets, List<Diagnostic> diagnostics)
    {
        var pending = desired.References.Where(r => !state.ObjectIdsByExternalId.ContainsKey(r.ExternalId)).ToList();
        var after = Normalize(desired);
        var change = new PlannedChange(PlanAction.Create, desired.SchemaId, desired.Scope, desired.ExternalId)
        {
            Desired = desired,
            PendingReferences = pending,
        };

        // A single-object scope already held by an object of this catalog under another externalId (the
        // identity scheme changed): replace that object in place rather than create beside it and prune it.
        if (!state.Owned.ContainsKey((desired.SchemaId, desired.ExternalId))
            && SyncKinds.IsSingleObject(desired.Kind)
            && state.OwnedByScope.TryGetValue((desired.SchemaId, desired.Scope), out var predecessor)
            && state.Claim(predecessor))
        {
            var adopted = CompareWith(change with { Actual = predecessor }, predecessor, desired, after, state, forceSecrets: false);
            return adopted with
            {
                Action = PlanAction.Update,
                Before = adopted.Before ?? CanonicalJson.Write(after),
                After = adopted.After ?? CanonicalJson.Write(after),
                Reason = $"takes over {predecessor.ExternalId} on the same scope",
            };
        }

        if (state.Owned.TryGetValue((desired.SchemaId, desired.ExternalId), out var owned))
        {
            change = change with { Actual = owned };
            if (!string.Equals(owned.Scope, desired.Scope, StringComparison.Ordinal))
            {
                diagnostics.Add(SyncDiagnostics.ScopeMoved(change, owned.Scope ?? "", owned.ObjectId ?? ""));
                return change with { Action = PlanAction.Conflict, Reason = $"exists on scope '{owned.Scope}'" };
            }

            return CompareWith(change, owned, desired, after, state, forceSecrets);
        }

        if (SyncKinds.IsSingleObject(desired.Kind) && state.Foreign.TryGetValue((desired.SchemaId, desired.Scope), out var foreign))
        {
            diagnostics.Add(SyncDiagnostics.ScopeTaken(change, foreign.ObjectId ?? "", foreign.ExternalId));
            return change with { Action = PlanAction.Conflict, Actual = foreign, Reason = "scope held by an object this catalog does not own" };
        }

        return change with { After = CanonicalJson.Write(after) };
    }

    private PlannedChange CompareWith(PlannedChange change, SettingsObject owned, DesiredObject desired, JsonNode after, ActualState state, bool forceSecrets)
    {
        var before = NormalizeActual(owned, desired, state);
        var beforeText = CanonicalJson.Write(before);
        var afterText = CanonicalJson.Write(after);
        if (!string.Equals(beforeText, afterText, StringComparison.Ordinal))
        {
            return change with { Action = PlanAction.Update, Before = beforeText, After = afterText, Changes = ValueDiff.Compare(before, after) };
        }

        return forceSecrets && desired.SecretPaths.Count > 0
            ? change with { Action = PlanAction.Update, Before = beforeText, After = afterText, Reason = "secrets re-sent (--force-secrets)" }
            : change with { Action = PlanAction.Unchanged };
    }

    private JsonNode Normalize(DesiredObject desired)
    {
        using var document = JsonDocument.Parse(desired.ToCanonicalJson());
        return _normalizer.Normalize(desired.SchemaId, document.RootElement, SyncSecrets.Mask);
    }

    // The environment holds objectIds where the catalog holds externalIds: translate them back so
    // that only a reference to a different object counts as a change.
    private JsonNode NormalizeActual(SettingsObject owned, DesiredObject desired, ActualState state)
    {
        var node = _normalizer.Normalize(desired.SchemaId, owned.Value ?? default, SyncSecrets.Mask);
        foreach (var reference in desired.References)
        {
            if (JsonPointer.Get(node, reference.Path) is JsonValue value
                && value.TryGetValue<string>(out var objectId)
                && state.ExternalIdsByObjectId.TryGetValue(objectId, out var externalId))
            {
                JsonPointer.TrySet(node, reference.Path, externalId);
            }
        }

        return node;
    }

    private static IEnumerable<Diagnostic> SchemaVersionWarnings(IEnumerable<PlannedChange> changes) =>
        changes
            .Where(c => c.Desired is not null && c.Actual?.SchemaVersion is { Length: > 0 } stored && stored != c.Desired.SchemaVersion && c.Action != PlanAction.Conflict)
            .GroupBy(c => c.SchemaId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => SyncDiagnostics.SchemaVersionDiffers(
                g.Key,
                g.Count(),
                string.Join(", ", g.Select(c => c.Actual!.SchemaVersion!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                g.First().Desired!.SchemaVersion));

    /// <summary>The listed objects, sorted into what this catalog owns and what it must leave alone.</summary>
    private sealed class ActualState
    {
        public ActualState(string catalogId, IReadOnlyList<SettingsObject> actual)
        {
            foreach (var item in actual)
            {
                if (item.SchemaId is null || item.ObjectId is null)
                {
                    continue;
                }

                if (ExternalIds.IsOwnedBy(item.ExternalId, catalogId))
                {
                    // Dynatrace keeps externalIds unique per schema; should it ever list one twice, the first wins.
                    if (Owned.TryAdd((item.SchemaId, item.ExternalId!), item))
                    {
                        if (item.Scope is not null)
                        {
                            OwnedByScope.TryAdd((item.SchemaId, item.Scope), item);
                        }

                        ObjectIdsByExternalId.TryAdd(item.ExternalId!, item.ObjectId);
                        ExternalIdsByObjectId.TryAdd(item.ObjectId, item.ExternalId!);
                    }
                }
                else if (item.Scope is not null)
                {
                    Foreign.TryAdd((item.SchemaId, item.Scope), item);
                }
            }
        }

        public Dictionary<(string SchemaId, string ExternalId), SettingsObject> Owned { get; } = [];

        /// <summary>This catalog's objects by (schema, scope); consulted for single-object schemas.</summary>
        public Dictionary<(string SchemaId, string Scope), SettingsObject> OwnedByScope { get; } = [];

        /// <summary>An object per (schema, scope) that this catalog does not own; consulted for single-object schemas.</summary>
        public Dictionary<(string SchemaId, string Scope), SettingsObject> Foreign { get; } = [];

        public Dictionary<string, string> ObjectIdsByExternalId { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ExternalIdsByObjectId { get; } = new(StringComparer.Ordinal);

        private HashSet<SettingsObject> Claimed { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Marks an owned object as taken over by a desired object under a new externalId; false if already taken.</summary>
        public bool Claim(SettingsObject owned) => Claimed.Add(owned);

        public bool IsClaimed(SettingsObject owned) => Claimed.Contains(owned);
    }
}
