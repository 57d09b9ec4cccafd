using Microsoft.Data.Sqlite;

namespace Pharos.Local.Storage;

/// <summary>
/// Opens connections to the environment's SQLite file. Every connection runs with
/// <c>synchronous=FULL</c> (a write acknowledged to a client is on disk and survives kill -9) and
/// a busy timeout; the file itself is switched to WAL once, by <see cref="LocalDatabaseMigrator"/>.
/// </summary>
internal sealed class LocalDatabase
{
    public const string FileName = "pharos-local.db";

    private readonly string _connectionString;

    public LocalDatabase(string dataDirectory, bool pooling)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        FilePath = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = pooling,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes pooled connections so the files can be moved or deleted after shutdown.</summary>
    public void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
