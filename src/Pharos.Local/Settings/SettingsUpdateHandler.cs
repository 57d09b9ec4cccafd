using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Auth;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// <c>PUT /settings/objects/{objectId}</c> (<c>SettingsObjectUpdate</c>): replaces the value, honours
/// <c>updateToken</c> (stale → 409) and, for ordered schemas, <c>insertAfter</c>/<c>insertBefore</c>.
/// </summary>
internal sealed class SettingsUpdateHandler
{
    private readonly ISettingsSchemaProvider _schemas;
    private readonly ISettingsObjectStore _store;
    private readonly WriteGate<SettingsApiModule> _gate;
    private readonly SettingsValueChecker _checker;
    private readonly ISettingsSummarizer _summarizer;
    private readonly TimeProvider _time;
    private readonly LocalEnvironmentOptions _options;

    public SettingsUpdateHandler(
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
        var objectId = (string)context.Request.RouteValues["objectId"]!;
        var queryViolations = new List<ConstraintViolation>();
        var validateOnly = QueryParameters.GetBool(context.Request, "validateOnly", false, queryViolations);
        _ = QueryParameters.GetBool(context.Request, "adminAccess", false, queryViolations);
        if (queryViolations.Count > 0)
        {
            await ApiJson.WriteAsync(context, 400, SettingsObjectResponse.Invalid(queryViolations, null), cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await JsonBody.ReadAsync(context, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (!body.IsOk)
        {
            await body.WriteErrorAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        SettingsObjectResponse response;
        using (await _gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            response = await UpdateAsync(objectId, body.Root, validateOnly, context.GetLocalCaller().TokenId, cancellationToken).ConfigureAwait(false);
        }

        await ApiJson.WriteAsync(context, response.Code, response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SettingsObjectResponse> UpdateAsync(string objectId, JsonElement body, bool validateOnly, string author, CancellationToken cancellationToken)
    {
        var current = await _store.GetAsync(objectId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return SettingsObjectResponse.Failure(404, SettingsMessages.SettingsNotFound);
        }

        var schema = _schemas.FindSchema(current.SchemaId);
        if (schema is null)
        {
            return SettingsObjectResponse.Failure(404, SettingsMessages.SchemaNotFound(current.SchemaId));
        }

        var violations = new List<ConstraintViolation>();
        var update = SettingsUpdateBody.Read(body, schema.SchemaId, violations);
        if (violations.Count > 0 || update.Value is not { } value)
        {
            return SettingsObjectResponse.Invalid(violations, update.Value);
        }

        if (update.UpdateToken is not null && update.UpdateToken != current.UpdateToken)
        {
            return SettingsObjectResponse.Failure(409, SettingsMessages.StaleUpdateToken, value);
        }

        var version = update.SchemaVersion ?? current.SchemaVersion;
        _checker.CheckVersionAndScope(schema, version, current.Scope, 0, violations);
        var others = (await _store.ListInScopeAsync(schema.SchemaId, current.Scope, cancellationToken).ConfigureAwait(false))
            .Where(o => o.ObjectId != objectId).ToList();
        violations.AddRange(await _checker.ValidateAsync(schema, version, current.Scope, value, current, others, 0, _store.GetAsync, cancellationToken).ConfigureAwait(false));
        var position = schema.Ordered ? Place(schema, update, current, others, violations) : current.Position;
        if (violations.Count > 0)
        {
            return SettingsObjectResponse.Invalid(violations, value);
        }

        var next = current with
        {
            SchemaVersion = version,
            ValueJson = value.GetRawText(),
            Summary = _summarizer.Summarize(schema.SchemaId, value),
            Position = position,
            UpdateToken = UpdateTokens.New(),
            ModifiedMillis = _time.GetUtcNow().ToUnixTimeMilliseconds(),
            ModifiedBy = author,
        };
        var status = validateOnly ? StoreStatus.Ok : await _store.ApplyAsync([new SettingsReplace(next, current.UpdateToken)], cancellationToken).ConfigureAwait(false);
        return status switch
        {
            StoreStatus.Ok => SettingsObjectResponse.Ok(objectId),
            StoreStatus.NotFound => SettingsObjectResponse.Failure(404, SettingsMessages.SettingsNotFound),
            _ => SettingsObjectResponse.Failure(409, SettingsMessages.StaleUpdateToken, value),
        };
    }

    private static double Place(
        SettingsSchemaDescriptor schema, SettingsUpdateBody update, StoredSettingsObject current, IReadOnlyList<StoredSettingsObject> others, List<ConstraintViolation> violations)
    {
        var (neighbor, after) = update.InsertAfter is not null ? (update.InsertAfter, true) : (update.InsertBefore, false);
        if (neighbor is null)
        {
            return current.Position;
        }

        var position = (neighbor.Length, after) switch
        {
            (0, true) => SettingsPositions.First(others),
            (0, false) => SettingsPositions.Last(others),
            (_, true) => SettingsPositions.After(others, neighbor),
            _ => SettingsPositions.Before(others, neighbor),
        };
        if (position is null)
        {
            violations.Add(ConstraintViolation.InBody(
                SettingsCreateItem.Path(schema.SchemaId, 0, after ? "insertAfter" : "insertBefore"), SettingsMessages.NeighborNotFound(neighbor, schema.SchemaId)));
            return current.Position;
        }

        return position.Value;
    }
}
