using Microsoft.Data.Sqlite;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;
using Pharos.Local.Storage;

namespace Pharos.Local.Evaluation;

/// <summary>What <see cref="DeliveryLogReader.ReadAsync"/> found; <see cref="Error"/> says what to fix when it found nothing to read.</summary>
public sealed record DeliveryLogReadResult(IReadOnlyList<DeliveryLogEntry> Entries, string? Error)
{
    public bool IsOk => Error is null;
}

/// <summary>
/// Reads the notification delivery log of a data directory straight from its SQLite file, read-only, so it works
/// while the environment runs (WAL lets readers in beside the writer) and after it stopped. Oldest first.
/// </summary>
public static class DeliveryLogReader
{
    internal const string Columns =
        "at_ms, delivery_id, notification_id, notification_name, channel, problem_id, display_id, state, attempt, outcome, target, status_code, detail, next_attempt_ms";

    /// <param name="problem">A problem id or display id (<c>P-24051</c>); null for all problems.</param>
    /// <param name="since">Only attempts at or after this time; null for all.</param>
    public static async Task<DeliveryLogReadResult> ReadAsync(string dataDirectory, string? problem, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var file = Path.Combine(Path.GetFullPath(dataDirectory), LocalDatabase.FileName);
        if (!File.Exists(file))
        {
            return new([], $"No local environment data in '{Path.GetFullPath(dataDirectory)}' (expected {LocalDatabase.FileName}). Pass the --data directory that 'pharos local serve' uses.");
        }

        SQLitePCL.Batteries_V2.Init();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var busy = connection.Command("PRAGMA busy_timeout=10000;"))
        {
            await busy.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var exists = connection.Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'delivery_log';"))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                // Written by a build without the delivery log: nothing was ever delivered.
                return new([], null);
            }
        }

        await using var command = connection.Command(
                $"SELECT {Columns} FROM delivery_log WHERE ($problem IS NULL OR problem_id = $problem OR display_id = $problem) AND at_ms >= $since ORDER BY at_ms, seq;")
            .With("$problem", problem)
            .With("$since", since?.ToUnixTimeMilliseconds() ?? long.MinValue);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<DeliveryLogEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new DeliveryLogEntry(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                WireNames.TryParse<NotificationType>(reader.GetString(4), out var channel) ? channel : NotificationType.Webhook,
                reader.GetString(5),
                reader.GetString(6),
                WireNames.TryParse<NotificationState>(reader.GetString(7), out var state) ? state : NotificationState.Open,
                reader.GetInt32(8),
                Enum.TryParse<DeliveryOutcome>(reader.GetString(9), out var outcome) ? outcome : DeliveryOutcome.Failed,
                reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                reader.GetNullableString(12),
                reader.GetNullableInt64(13) is { } next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null));
        }

        return new(entries, null);
    }
}
