using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Tokens;

namespace Pharos.Local.Auth;

/// <summary>Token administration on a data directory without starting the environment (e.g. <c>pharos local token …</c>).</summary>
public static class LocalTokens
{
    /// <summary>
    /// Opens the data directory's token store, creating and migrating the database if needed. Safe to use
    /// while an environment runs on the same directory: SQLite serializes the writers, and a revoked token
    /// is refused by the running environment from its next request on.
    /// </summary>
    public static async Task<ILocalTokenAdministration> OpenAsync(
        string dataDirectory, TimeProvider? time = null, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        loggerFactory ??= NullLoggerFactory.Instance;
        Directory.CreateDirectory(dataDirectory);
        var database = new LocalDatabase(dataDirectory, pooling: false);
        await new LocalDatabaseMigrator(database, loggerFactory.CreateLogger<LocalDatabaseMigrator>()).MigrateAsync(cancellationToken).ConfigureAwait(false);
        return new TokenAdministration(new SqliteTokenStore(database), time ?? TimeProvider.System, loggerFactory.CreateLogger<TokenAdministration>());
    }
}
