using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Local.Entities;
using Pharos.Local.Http;

namespace Pharos.Local.Storage.Events;

internal sealed class SqliteEventStore : IEventStore
{
    private const string Columns = EventRow.Columns;
    private readonly LocalDatabase _database;

    public SqliteEventStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    public async Task<StoreStatus> InsertAsync(StoredEvent stored, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                $"INSERT INTO events ({Columns}) VALUES ({EventRow.Values});")
            .BindEvent(stored);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return StoreStatus.Ok;
        }
        catch (SqliteException e) when (e.IsUniqueViolation())
        {
            return StoreStatus.Conflict;
        }
    }

    public async Task<StoredEvent?> FindOpenAsync(string dedupeKey, long nowMillis, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync($"SELECT {Columns} FROM events WHERE dedupe_key = $key AND end_ms > $now ORDER BY start_ms DESC LIMIT 1;",
            c => c.With("$key", dedupeKey).With("$now", nowMillis), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<StoreStatus> ExtendAsync(string eventId, long endMillis, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE events SET end_ms = MAX(end_ms, $end) WHERE event_id = $id;",
            c => c.With("$id", eventId).With("$end", endMillis), cancellationToken);

    public async Task<StoredEvent?> GetAsync(string eventId, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync($"SELECT {Columns} FROM events WHERE event_id = $id;", c => c.With("$id", eventId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredEvent>> ListAsync(long fromMillis, long toMillis, CancellationToken cancellationToken) =>
        SelectAsync($"SELECT {Columns} FROM events WHERE start_ms <= $to AND end_ms >= $from ORDER BY start_ms DESC, rowid DESC;",
            c => c.With("$from", fromMillis).With("$to", toMillis), cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ListByProblemAsync(string problemId, CancellationToken cancellationToken) =>
        SelectAsync($"SELECT {Columns} FROM events WHERE problem_id = $problem ORDER BY start_ms, rowid;",
            c => c.With("$problem", problemId), cancellationToken);

    public Task<StoreStatus> CloseByProblemAsync(string problemId, long nowMillis, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE events SET end_ms = $now WHERE problem_id = $problem AND end_ms > $now;",
            c => c.With("$problem", problemId).With("$now", nowMillis), cancellationToken);

    public async Task<int> PurgeAsync(long beforeMillis, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("DELETE FROM events WHERE end_ms < $before;").With("$before", beforeMillis);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoreStatus> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0 ? StoreStatus.NotFound : StoreStatus.Ok;
    }

    private async Task<IReadOnlyList<StoredEvent>> SelectAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredEvent(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5),
                JsonSerializer.Deserialize<EntityRef>(reader.GetString(6), ApiJson.Options)!,
                JsonSerializer.Deserialize<List<EventPropertyValue>>(reader.GetString(7), ApiJson.Options) ?? [],
                reader.GetString(8), reader.GetNullableString(9)));
        }

        return rows;
    }
}
