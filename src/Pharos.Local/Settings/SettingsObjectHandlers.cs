using Microsoft.AspNetCore.Http;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary><c>GET</c> and <c>DELETE /settings/objects/{objectId}</c>.</summary>
internal sealed class SettingsObjectHandlers
{
    private readonly ISettingsSchemaProvider _schemas;
    private readonly ISettingsObjectStore _store;
    private readonly WriteGate<SettingsApiModule> _gate;

    public SettingsObjectHandlers(ISettingsSchemaProvider schemas, ISettingsObjectStore store, WriteGate<SettingsApiModule> gate)
    {
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var objectId = (string)context.Request.RouteValues["objectId"]!;
        var stored = await _store.GetAsync(objectId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, SettingsMessages.SettingsNotFound, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var ordered = _schemas.FindSchema(stored.SchemaId)?.Ordered ?? false;
        var json = SettingsObjectJson.Render(stored, SettingsObjectJson.SingleObjectFields, ordered);
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var objectId = (string)context.Request.RouteValues["objectId"]!;
        var updateToken = QueryParameters.Get(context.Request, "updateToken");
        var violations = new List<ConstraintViolation>();
        _ = QueryParameters.GetBool(context.Request, "adminAccess", false, violations);
        if (violations.Count > 0)
        {
            await ApiJson.WriteAsync(context, 400, SettingsObjectResponse.Invalid(violations, null), cancellationToken).ConfigureAwait(false);
            return;
        }

        StoreStatus status;
        using (await _gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = await _store.GetAsync(objectId, cancellationToken).ConfigureAwait(false);
            status = current is null ? StoreStatus.NotFound
                : updateToken is not null && updateToken != current.UpdateToken ? StoreStatus.Conflict
                : await _store.ApplyAsync([new SettingsDelete(objectId, current.UpdateToken)], cancellationToken).ConfigureAwait(false);
        }

        switch (status)
        {
            case StoreStatus.Ok:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case StoreStatus.NotFound:
                await ApiJson.WriteAsync(context, 404, SettingsObjectResponse.Failure(404, SettingsMessages.SettingsNotFound), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await ApiJson.WriteAsync(context, 409, SettingsObjectResponse.Failure(409, SettingsMessages.StaleUpdateToken), cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
