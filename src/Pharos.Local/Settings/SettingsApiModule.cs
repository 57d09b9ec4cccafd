using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Settings;

/// <summary>The Settings 2.0 API: schemas and objects.</summary>
internal sealed class SettingsApiModule : ILocalApiModule
{
    private readonly SettingsSchemaHandlers _schemas;
    private readonly SettingsListHandler _list;
    private readonly SettingsCreateHandler _create;
    private readonly SettingsObjectHandlers _objects;
    private readonly SettingsUpdateHandler _update;

    public SettingsApiModule(
        SettingsSchemaHandlers schemas, SettingsListHandler list, SettingsCreateHandler create, SettingsObjectHandlers objects, SettingsUpdateHandler update)
    {
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
        _list = list ?? throw new ArgumentNullException(nameof(list));
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _objects = objects ?? throw new ArgumentNullException(nameof(objects));
        _update = update ?? throw new ArgumentNullException(nameof(update));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("GET", "settings/schemas", LocalScopes.SettingsSchemasRead, _schemas.ListAsync);
        routes.Map("GET", "settings/schemas/{schemaId}", LocalScopes.SettingsSchemasRead, _schemas.GetAsync);
        routes.Map("GET", "settings/objects", LocalScopes.SettingsRead, _list.HandleAsync);
        routes.Map("POST", "settings/objects", LocalScopes.SettingsWrite, _create.HandleAsync);
        routes.Map("GET", "settings/objects/{objectId}", LocalScopes.SettingsRead, _objects.GetAsync);
        routes.Map("PUT", "settings/objects/{objectId}", LocalScopes.SettingsWrite, _update.HandleAsync);
        routes.Map("DELETE", "settings/objects/{objectId}", LocalScopes.SettingsWrite, _objects.DeleteAsync);
    }
}
