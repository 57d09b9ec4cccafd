using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Local.Entities;
using Pharos.Local.Http;

namespace Pharos.Local.Storage.Entities;

internal sealed class SqliteEntityStore : IEntityStore
{
    private const string Columns = "entity_id, type, display_name, first_seen_ms, last_seen_ms, tags_json, management_zones_json, properties_json";
    private readonly LocalDatabase _database;

    public SqliteEntityStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    public async Task<StoreStatus> UpsertAsync(LocalEntity entity, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                $"INSERT OR REPLACE INTO entities ({Columns}) VALUES ($id, $type, $name, $first, $last, $tags, $zones, $properties);")
            .With("$id", entity.EntityId)
            .With("$type", entity.Type)
            .With("$name", entity.DisplayName)
            .With("$first", entity.FirstSeen.ToUnixTimeMilliseconds())
            .With("$last", entity.LastSeen.ToUnixTimeMilliseconds())
            .With("$tags", JsonSerializer.Serialize(entity.Tags, ApiJson.Options))
            .With("$zones", JsonSerializer.Serialize(entity.ManagementZones, ApiJson.Options))
            .With("$properties", JsonSerializer.Serialize(entity.Properties, ApiJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return StoreStatus.Ok;
    }

    public async Task<StoreStatus> InsertMissingAsync(IReadOnlyCollection<LocalEntity> entities, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        foreach (var entity in entities)
        {
            await using var command = connection.Command(
                    $"INSERT OR IGNORE INTO entities ({Columns}) VALUES ($id, $type, $name, $first, $last, $tags, $zones, $properties);", transaction)
                .With("$id", entity.EntityId)
                .With("$type", entity.Type)
                .With("$name", entity.DisplayName)
                .With("$first", entity.FirstSeen.ToUnixTimeMilliseconds())
                .With("$last", entity.LastSeen.ToUnixTimeMilliseconds())
                .With("$tags", JsonSerializer.Serialize(entity.Tags, ApiJson.Options))
                .With("$zones", JsonSerializer.Serialize(entity.ManagementZones, ApiJson.Options))
                .With("$properties", JsonSerializer.Serialize(entity.Properties, ApiJson.Options));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return StoreStatus.Ok;
    }

    public async Task<LocalEntity?> GetAsync(string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM entities WHERE entity_id = $id;").With("$id", entityId);
        var rows = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<LocalEntity>> ListAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var names = types.Select((_, i) => $"$t{i}").ToList();
        var where = types.Count == 0 ? "" : $"WHERE type IN ({string.Join(", ", names)})";
        await using var command = connection.Command($"SELECT {Columns} FROM entities {where} ORDER BY type, display_name, entity_id;");
        foreach (var (name, type) in names.Zip(types))
        {
            command.With(name, type);
        }

        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreStatus> TouchAsync(IReadOnlyCollection<string> entityIds, long seenMillis, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        foreach (var id in entityIds)
        {
            await using var command = connection.Command(
                    "UPDATE entities SET last_seen_ms = MAX(last_seen_ms, $seen) WHERE entity_id = $id;", transaction)
                .With("$id", id)
                .With("$seen", seenMillis);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return StoreStatus.Ok;
    }

    private static async Task<IReadOnlyList<LocalEntity>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<LocalEntity>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new LocalEntity(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                JsonSerializer.Deserialize<List<EntityTag>>(reader.GetString(5), ApiJson.Options) ?? [],
                JsonSerializer.Deserialize<List<ManagementZoneRef>>(reader.GetString(6), ApiJson.Options) ?? [],
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7), ApiJson.Options) ?? []));
        }

        return rows;
    }
}
