using Microsoft.Extensions.Logging;
using Pharos.Local.Logging;

namespace Pharos.Local.Storage;

/// <summary>Brings a data directory's database to the current schema version, one transaction per step.</summary>
internal sealed class LocalDatabaseMigrator
{
    private readonly LocalDatabase _database;
    private readonly ILogger _logger;

    public LocalDatabaseMigrator(LocalDatabase database, ILogger<LocalDatabaseMigrator> logger)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public static int LatestVersion => Migrations.All[^1].Version;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // WAL is a property of the file, so it survives restarts; readers then never block the writer.
        await using (var wal = connection.Command("PRAGMA journal_mode=WAL;"))
        {
            await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        var current = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The data directory '{Path.GetDirectoryName(_database.FilePath)}' was written by a newer Pharos " +
                $"(storage version {current}; this build knows up to {LatestVersion}). Upgrade Pharos or use another data directory.");
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            await using var transaction = connection.BeginTransaction();
            await using (var step = connection.Command(migration.Sql, transaction))
            {
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var version = connection.Command($"PRAGMA user_version = {migration.Version};", transaction))
            {
                await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            LocalLog.MigrationApplied(_logger, migration.Version, migration.Description);
        }
    }

    public async Task<int> ReadVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadVersionAsync(Microsoft.Data.Sqlite.SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("PRAGMA user_version;");
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
