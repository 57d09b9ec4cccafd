using Microsoft.Data.Sqlite;

namespace Pharos.Local.Storage.Tokens;

internal sealed class SqliteTokenStore : ITokenStore
{
    private const string Columns = "token_id, name, scopes, salt, secret_hash, created_ms, revoked_ms";
    private readonly LocalDatabase _database;

    public SqliteTokenStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    public async Task<StoreStatus> InsertAsync(StoredToken token, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                $"INSERT INTO api_tokens ({Columns}) VALUES ($id, $name, $scopes, $salt, $hash, $created, $revoked);")
            .With("$id", token.TokenId)
            .With("$name", token.Name)
            .With("$scopes", string.Join(' ', token.Scopes))
            .With("$salt", token.Salt)
            .With("$hash", token.SecretHash)
            .With("$created", token.CreatedMillis)
            .With("$revoked", token.RevokedMillis);
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

    public async Task<StoredToken?> FindAsync(string tokenId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM api_tokens WHERE token_id = $id;")
            .With("$id", tokenId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<StoredToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM api_tokens ORDER BY created_ms, token_id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tokens = new List<StoredToken>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(Read(reader));
        }

        return tokens;
    }

    public async Task<StoreStatus> RevokeAsync(string tokenId, long revokedMillis, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                "UPDATE api_tokens SET revoked_ms = COALESCE(revoked_ms, $at) WHERE token_id = $id;")
            .With("$id", tokenId)
            .With("$at", revokedMillis);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return rows == 0 ? StoreStatus.NotFound : StoreStatus.Ok;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COUNT(*) FROM api_tokens;");
        var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static StoredToken Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        (byte[])reader.GetValue(3),
        (byte[])reader.GetValue(4),
        reader.GetInt64(5),
        reader.GetNullableInt64(6));
}
