using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Auth;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// <c>POST /settings/objects</c>: a JSON array in, one <c>SettingsObjectResponse</c> per entry out.
/// 200 when all succeed, the shared code when all fail alike (400/404/409), otherwise 207.
/// Accepted entries are written in one transaction; <c>validateOnly=true</c> writes nothing.
/// </summary>
internal sealed class SettingsCreateHandler
{
    private readonly ISettingsSchemaProvider _schemas;
    private readonly ISettingsObjectStore _store;
    private readonly WriteGate<SettingsApiModule> _gate;
    private readonly SettingsValueChecker _checker;
    private readonly ISettingsSummarizer _summarizer;
    private readonly TimeProvider _time;
    private readonly LocalEnvironmentOptions _options;

    public SettingsCreateHandler(
        ISettingsSchemaProvider schemas, ISettingsObjectStore store, WriteGate<SettingsApiModule> gate, SettingsValueChecker checker, ISettingsSummarizer summarizer,
        TimeProvider time, LocalEnvironmentOptions options)
    {
        _summarizer = summarizer ?? throw new ArgumentNullException(nameof(summarizer));
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _checker = checker ?? throw new ArgumentNullException(nameof(checker));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var queryViolations = new List<ConstraintViolation>();
        var validateOnly = QueryParameters.GetBool(context.Request, "validateOnly", false, queryViolations);
        _ = QueryParameters.GetBool(context.Request, "adminAccess", false, queryViolations);
        if (queryViolations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, queryViolations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await JsonBody.ReadAsync(context, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (!body.IsOk)
        {
            await body.WriteErrorAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (body.Root.ValueKind != JsonValueKind.Array || body.Root.GetArrayLength() == 0)
        {
            var message = body.Root.ValueKind == JsonValueKind.Array ? SettingsMessages.BodyMustNotBeEmpty : SettingsMessages.BodyMustBeArray;
            await ApiJson.WriteConstraintsViolatedAsync(context, [ConstraintViolation.InBody("", message)], cancellationToken).ConfigureAwait(false);
            return;
        }

        var author = context.GetLocalCaller().TokenId;
        var results = new List<SettingsObjectResponse>();
        using (await _gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = new SettingsBatchState(_store);
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            var index = 0;
            foreach (var element in body.Root.EnumerateArray())
            {
                results.Add(await CreateOneAsync(element, index++, state, author, now, cancellationToken).ConfigureAwait(false));
            }

            if (!validateOnly && state.Writes.Count > 0)
            {
                var status = await _store.ApplyAsync(state.Writes, cancellationToken).ConfigureAwait(false);
                if (status != StoreStatus.Ok)
                {
                    results = results.Select(r => r.Code == 200 ? SettingsObjectResponse.Failure(409, SettingsMessages.StaleUpdateToken) : r).ToList();
                }
            }
        }

        if (validateOnly)
        {
            results = results.Select(r => r.Code == 200 ? r with { ObjectId = null } : r).ToList();
        }

        var codes = results.Select(r => r.Code).Distinct().ToList();
        await ApiJson.WriteAsync(context, codes.Count == 1 ? codes[0] : StatusCodes.Status207MultiStatus, results, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SettingsObjectResponse> CreateOneAsync(
        JsonElement element, int index, SettingsBatchState state, string author, long now, CancellationToken cancellationToken)
    {
        var violations = new List<ConstraintViolation>();
        var item = SettingsCreateItem.Read(element, index, violations);
        if (violations.Count > 0)
        {
            return SettingsObjectResponse.Invalid(violations, item.Value);
        }

        var value = item.Value!.Value;
        var schema = _schemas.FindSchema(item.SchemaId);
        if (schema is null)
        {
            return SettingsObjectResponse.Failure(404, SettingsMessages.SchemaNotFound(item.SchemaId), value);
        }

        var version = item.SchemaVersion ?? schema.LatestSchemaVersion;
        var scope = _checker.CheckVersionAndScope(schema, version, item.Scope, index, violations);
        if (scope is null || violations.Count > 0)
        {
            return SettingsObjectResponse.Invalid(violations, value);
        }

        var (target, failure) = await ResolveTargetAsync(item, schema, scope, state, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        // Not copied for a new object: the list is only read until RecordAsync below changes it.
        var siblings = await state.SiblingsAsync(schema.SchemaId, scope.Text, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StoredSettingsObject> others = target is null ? siblings : siblings.Where(o => o.ObjectId != target.ObjectId).ToList();
        violations.AddRange(await _checker.ValidateAsync(
            schema, version, scope.Text, value, target, others, index, state.GetAsync, cancellationToken, state.ParsedValue).ConfigureAwait(false));
        if (target is null && others.Count >= schema.MaxObjects)
        {
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schema.SchemaId, index, ""), SettingsMessages.MaxObjectsReached(schema, scope.Text)));
        }

        var position = target?.Position ?? PlaceNew(schema, item, others, index, violations);
        if (violations.Count > 0)
        {
            return SettingsObjectResponse.Invalid(violations, value);
        }

        var objectId = target?.ObjectId ?? SettingsObjectId.Mint(schema.SchemaId, scope, Guid.NewGuid());
        var next = new StoredSettingsObject(
            objectId, schema.SchemaId, version, scope.Text, item.ExternalId ?? target?.ExternalId, value.GetRawText(),
            _summarizer.Summarize(schema.SchemaId, value), position, UpdateTokens.New(), target?.CreatedMillis ?? now, now, target?.CreatedBy ?? author, author);
        await state.RecordAsync(next, target, cancellationToken).ConfigureAwait(false);
        return SettingsObjectResponse.Ok(objectId);
    }

    // Which existing object this entry replaces: the owner of its externalId (only when the entry names
    // that object's id), the object named by objectId, or the single object of a non-multiObject schema.
    private static async Task<(StoredSettingsObject? Target, SettingsObjectResponse? Failure)> ResolveTargetAsync(
        SettingsCreateItem item, SettingsSchemaDescriptor schema, SettingsScope scope, SettingsBatchState state, CancellationToken cancellationToken)
    {
        var value = item.Value!.Value;
        StoredSettingsObject? target = null;
        if (item.ExternalId is not null)
        {
            var owner = await state.FindByExternalIdAsync(schema.SchemaId, item.ExternalId, cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner.ObjectId != item.ObjectId)
            {
                return (null, SettingsObjectResponse.Failure(409, SettingsMessages.ExternalIdTaken(item.ExternalId, schema.SchemaId, owner.ObjectId), value));
            }

            target = owner;
            if (target is null && item.ObjectId is not null)
            {
                target = await state.GetAsync(item.ObjectId, cancellationToken).ConfigureAwait(false);
                if (target is null || target.SchemaId != schema.SchemaId)
                {
                    return (null, SettingsObjectResponse.Failure(404, SettingsMessages.SettingsNotFound, value));
                }
            }
        }

        if (target is null && !schema.MultiObject)
        {
            target = (await state.SiblingsAsync(schema.SchemaId, scope.Text, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }

        if (target is not null && target.Scope != scope.Text)
        {
            return (null, SettingsObjectResponse.Invalid(
                [ConstraintViolation.InBody(SettingsCreateItem.Path(schema.SchemaId, item.Index, "scope"),
                    $"The object '{target.ObjectId}' is on scope '{target.Scope}'; objects cannot move between scopes. Delete it and create a new one.")],
                value));
        }

        return (target, null);
    }

    private static double PlaceNew(
        SettingsSchemaDescriptor schema, SettingsCreateItem item, IReadOnlyList<StoredSettingsObject> others, int index, List<ConstraintViolation> violations)
    {
        if (!schema.Ordered || item.InsertAfter is null)
        {
            return SettingsPositions.Last(others);
        }

        if (item.InsertAfter.Length == 0)
        {
            return SettingsPositions.First(others);
        }

        var after = SettingsPositions.After(others, item.InsertAfter);
        if (after is null)
        {
            violations.Add(ConstraintViolation.InBody(
                SettingsCreateItem.Path(schema.SchemaId, index, "insertAfter"), SettingsMessages.NeighborNotFound(item.InsertAfter, schema.SchemaId)));
            return 0;
        }

        return after.Value;
    }
}
