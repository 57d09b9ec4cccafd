using System.Text;
using Microsoft.Data.Sqlite;

namespace Pharos.Local.Storage.Settings;

internal sealed class SqliteSettingsObjectStore : ISettingsObjectStore
{
    private const string Columns =
        "object_id, schema_id, schema_version, scope, external_id, value_json, summary, position, update_token, " +
        "created_ms, modified_ms, created_by, modified_by";

    private const string OrderBy = "ORDER BY schema_id, scope, position, rowid";

    private readonly LocalDatabase _database;

    public SqliteSettingsObjectStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    public async Task<StoredSettingsObject?> GetAsync(string objectId, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync($"SELECT {Columns} FROM settings_objects WHERE object_id = $id;",
            c => c.With("$id", objectId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredSettingsObject>> ListInScopeAsync(string schemaId, string scope, CancellationToken cancellationToken) =>
        SelectAsync($"SELECT {Columns} FROM settings_objects WHERE schema_id = $schema AND scope = $scope ORDER BY position, rowid;",
            c => c.With("$schema", schemaId).With("$scope", scope), cancellationToken);

    public async Task<StoredSettingsObject?> FindByExternalIdAsync(string schemaId, string externalId, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync($"SELECT {Columns} FROM settings_objects WHERE schema_id = $schema AND external_id = $external;",
            c => c.With("$schema", schemaId).With("$external", externalId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<(IReadOnlyList<StoredSettingsObject> Items, int TotalCount)> QueryAsync(
        SettingsObjectFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string Name, string Value)>();
        AppendIn(where, parameters, "schema_id", "s", filter.SchemaIds);
        AppendIn(where, parameters, "scope", "c", filter.Scopes);
        AppendIn(where, parameters, "external_id", "e", filter.ExternalIds);

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true); // one snapshot for count and page

        await using var count = connection.Command($"SELECT COUNT(*) FROM settings_objects {where};", transaction);
        parameters.ForEach(p => count.With(p.Name, p.Value));
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

        await using var page = connection.Command($"SELECT {Columns} FROM settings_objects {where} {OrderBy} LIMIT $limit OFFSET $offset;", transaction);
        parameters.ForEach(p => page.With(p.Name, p.Value));
        page.With("$limit", limit).With("$offset", offset);
        var items = await ReadAllAsync(page, cancellationToken).ConfigureAwait(false);
        return (items, total);
    }

    public async Task<StoreStatus> ApplyAsync(IReadOnlyList<SettingsWrite> writes, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var write in writes)
        {
            var status = await ApplyOneAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            if (status != StoreStatus.Ok)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return status;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return StoreStatus.Ok;
    }

    private static async Task<StoreStatus> ApplyOneAsync(SqliteConnection connection, SqliteTransaction transaction, SettingsWrite write, CancellationToken cancellationToken)
    {
        SqliteCommand command;
        switch (write)
        {
            case SettingsInsert insert:
                command = Bind(connection.Command(
                    $"INSERT INTO settings_objects ({Columns}) VALUES ($id, $schema, $version, $scope, $external, $value, $summary, $position, $token, $created, $modified, $createdBy, $modifiedBy);",
                    transaction), insert.Object);
                break;
            case SettingsReplace replace:
                command = Bind(connection.Command(
                    "UPDATE settings_objects SET schema_version = $version, scope = $scope, external_id = $external, value_json = $value, " +
                    "summary = $summary, position = $position, update_token = $token, modified_ms = $modified, modified_by = $modifiedBy " +
                    "WHERE object_id = $id AND update_token = $expected;", transaction), replace.Object)
                    .With("$expected", replace.ExpectedUpdateToken);
                break;
            case SettingsDelete delete:
                command = connection.Command(
                        "DELETE FROM settings_objects WHERE object_id = $id AND ($expected IS NULL OR update_token = $expected);", transaction)
                    .With("$id", delete.ObjectId)
                    .With("$expected", delete.ExpectedUpdateToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write, "Unknown settings write.");
        }

        await using (command)
        {
            int rows;
            try
            {
                rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.IsUniqueViolation())
            {
                return StoreStatus.Conflict;
            }

            if (rows == 1)
            {
                return StoreStatus.Ok;
            }
        }

        // Nothing changed: either the row is gone or its update token moved on.
        var objectId = write switch
        {
            SettingsInsert i => i.Object.ObjectId,
            SettingsReplace r => r.Object.ObjectId,
            SettingsDelete d => d.ObjectId,
            _ => "",
        };
        await using var exists = connection.Command("SELECT COUNT(*) FROM settings_objects WHERE object_id = $id;", transaction)
            .With("$id", objectId);
        var found = Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return found == 0 ? StoreStatus.NotFound : StoreStatus.Conflict;
    }

    private static SqliteCommand Bind(SqliteCommand command, StoredSettingsObject o) => command
        .With("$id", o.ObjectId)
        .With("$schema", o.SchemaId)
        .With("$version", o.SchemaVersion)
        .With("$scope", o.Scope)
        .With("$external", o.ExternalId)
        .With("$value", o.ValueJson)
        .With("$summary", o.Summary)
        .With("$position", o.Position)
        .With("$token", o.UpdateToken)
        .With("$created", o.CreatedMillis)
        .With("$modified", o.ModifiedMillis)
        .With("$createdBy", o.CreatedBy)
        .With("$modifiedBy", o.ModifiedBy);

    private static void AppendIn(StringBuilder where, List<(string Name, string Value)> parameters, string column, string prefix, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var names = values.Select((v, i) => $"${prefix}{i}").ToList();
        where.Append(" AND ").Append(column).Append(" IN (").Append(string.Join(", ", names)).Append(')');
        parameters.AddRange(names.Zip(values));
    }

    private async Task<IReadOnlyList<StoredSettingsObject>> SelectAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        bind(command);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<StoredSettingsObject>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StoredSettingsObject>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredSettingsObject(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetNullableString(4), reader.GetString(5), reader.GetString(6), reader.GetDouble(7),
                reader.GetString(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetString(11), reader.GetString(12)));
        }

        return rows;
    }
}
