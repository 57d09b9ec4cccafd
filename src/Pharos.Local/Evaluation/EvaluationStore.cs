using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Evaluation;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Evaluation;

/// <summary>What one evaluation step writes, all in one transaction.</summary>
internal sealed record EvaluationWrite(
    IReadOnlyList<StoredEvent> Events,
    IReadOnlyList<StoredProblem> Problems,
    EvaluationState State,
    IReadOnlyList<DeliveryLogEntry> Deliveries,
    long SavedMillis,
    long DeliveryLogCutoffMillis);

/// <summary>
/// SQLite persistence of the evaluator: its state (one row, JSON with <see cref="EvaluationJson.Options"/>), the
/// problem and event rows it projects, and the delivery log. <see cref="SaveAsync"/> writes them in one
/// transaction, so after a crash the problems API, the state and the log agree.
/// </summary>
internal sealed class EvaluationStore
{
    private readonly LocalDatabase _database;

    public EvaluationStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    /// <summary>The saved state, or null when none was saved (first start).</summary>
    public async Task<EvaluationState?> LoadStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT state_json FROM evaluation_state WHERE id = 1;");
        // UTF-8 bytes since the state is written as such; text from earlier builds still reads.
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) switch
        {
            byte[] utf8 => JsonSerializer.Deserialize<EvaluationState>(utf8, EvaluationJson.Options),
            string json => JsonSerializer.Deserialize<EvaluationState>(json, EvaluationJson.Options),
            _ => null,
        };
    }

    /// <summary>
    /// The highest display number in use: stored problems (<c>P-&lt;yyMM&gt;&lt;n&gt;</c>) and the numbers the problem
    /// store handed out before the tracker numbered problems. A tracker that starts without state continues from it.
    /// </summary>
    public async Task<int> ReadDisplaySequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            SELECT MAX(COALESCE((SELECT MAX(value) FROM sequences WHERE name LIKE 'problem-display-%'), 0),
                       COALESCE((SELECT MAX(CAST(SUBSTR(display_id, 7) AS INTEGER)) FROM problems WHERE display_id LIKE 'P-%'), 0));
            """);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task SaveAsync(EvaluationWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        foreach (var stored in write.Events)
        {
            await UpsertEventAsync(connection, transaction, stored, cancellationToken).ConfigureAwait(false);
        }

        foreach (var problem in write.Problems)
        {
            await SqliteProblemStore.UpsertAsync(connection, transaction, problem, cancellationToken).ConfigureAwait(false);
        }

        await using (var state = connection.Command(
                         "INSERT INTO evaluation_state (id, state_json, saved_ms) VALUES (1, $json, $saved) ON CONFLICT(id) DO UPDATE SET state_json = excluded.state_json, saved_ms = excluded.saved_ms;",
                         transaction)
                     // Straight to UTF-8: the state of 10,000 metric events is ~90 MB of JSON every minute, and a
                     // .NET string of it would be twice that, converted again on binding.
                     .With("$json", JsonSerializer.SerializeToUtf8Bytes(write.State, EvaluationJson.Options))
                     .With("$saved", write.SavedMillis))
        {
            await state.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var entry in write.Deliveries)
        {
            await InsertDeliveryAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
        }

        if (write.Deliveries.Count > 0)
        {
            await using var purge = connection.Command("DELETE FROM delivery_log WHERE at_ms < $cutoff;", transaction).With("$cutoff", write.DeliveryLogCutoffMillis);
            await purge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The planned end (ms) of an ingested event, or null when it is gone (purged).</summary>
    public async Task<long?> ReadEventEndAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT end_ms FROM events WHERE event_id = $id;").With("$id", eventId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long end ? end : null;
    }

    // A new event row, or an existing one whose end moved (closed) or that joined a problem.
    private static async Task UpsertEventAsync(SqliteConnection connection, SqliteTransaction transaction, StoredEvent stored, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
                $"""
                INSERT INTO events ({EventRow.Columns}) VALUES ({EventRow.Values})
                ON CONFLICT(event_id) DO UPDATE SET end_ms = excluded.end_ms, problem_id = COALESCE(excluded.problem_id, events.problem_id);
                """, transaction)
            .BindEvent(stored);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertDeliveryAsync(SqliteConnection connection, SqliteTransaction transaction, DeliveryLogEntry entry, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
                $"INSERT INTO delivery_log ({DeliveryLogReader.Columns}) VALUES ($at, $delivery, $notification, $name, $channel, $problem, $display, $state, $attempt, $outcome, $target, $status, $detail, $next);",
                transaction)
            .With("$at", entry.At.ToUnixTimeMilliseconds())
            .With("$delivery", entry.DeliveryId)
            .With("$notification", entry.NotificationId)
            .With("$name", entry.NotificationName)
            .With("$channel", WireNames.Of(entry.Channel))
            .With("$problem", entry.ProblemId)
            .With("$display", entry.DisplayId)
            .With("$state", WireNames.Of(entry.State))
            .With("$attempt", entry.Attempt)
            .With("$outcome", entry.Outcome.ToString())
            .With("$target", entry.Target)
            .With("$status", entry.StatusCode)
            .With("$detail", entry.Detail)
            .With("$next", entry.NextAttemptAt?.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
