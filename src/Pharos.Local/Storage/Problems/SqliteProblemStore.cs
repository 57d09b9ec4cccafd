using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Local.Entities;
using Pharos.Local.Http;

namespace Pharos.Local.Storage.Problems;

internal sealed class SqliteProblemStore : IProblemStore
{
    private const string Columns =
        "problem_id, display_id, title, severity_level, impact_level, start_ms, planned_end_ms, closed_ms, entities_json, dedupe_key, root_cause_json, under_maintenance";

    private const string CommentColumns = "comment_id, problem_id, created_ms, author_name, content, context";

    private readonly LocalDatabase _database;

    public SqliteProblemStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    /// <summary>
    /// Writes the evaluator's view of a problem inside the caller's transaction, keeping its comments. The planned
    /// end is the latest end of its events (write the events first), or <paramref name="problem"/>'s when it has none.
    /// </summary>
    public static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, StoredProblem problem, CancellationToken cancellationToken)
    {
        await using var upsert = connection.Command(
                $"""
                 INSERT INTO problems ({Columns}) VALUES ($id, $display, $title, $severity, $impact, $start,
                     COALESCE((SELECT MAX(end_ms) FROM events WHERE problem_id = $id), $end), $closed, $entities, $id, $root, $maintenance)
                 ON CONFLICT(problem_id) DO UPDATE SET
                     title = excluded.title, severity_level = excluded.severity_level, impact_level = excluded.impact_level,
                     planned_end_ms = excluded.planned_end_ms, closed_ms = excluded.closed_ms, entities_json = excluded.entities_json,
                     root_cause_json = excluded.root_cause_json, under_maintenance = excluded.under_maintenance;
                 """, transaction)
            .With("$id", problem.ProblemId)
            .With("$display", problem.DisplayId)
            .With("$title", problem.Title)
            .With("$severity", problem.SeverityLevel)
            .With("$impact", problem.ImpactLevel)
            .With("$start", problem.StartMillis)
            .With("$end", problem.PlannedEndMillis)
            .With("$closed", problem.ClosedMillis)
            .With("$entities", JsonSerializer.Serialize(problem.Entities, ApiJson.Options))
            .With("$root", problem.RootCause is null ? null : JsonSerializer.Serialize(problem.RootCause, ApiJson.Options))
            .With("$maintenance", problem.UnderMaintenance ? 1 : 0);
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredProblem?> GetAsync(string problemId, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync($"SELECT {Columns} FROM problems WHERE problem_id = $id;", c => c.With("$id", problemId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredProblem>> ListAsync(long fromMillis, long toMillis, CancellationToken cancellationToken) =>
        SelectAsync($"SELECT {Columns} FROM problems WHERE start_ms <= $to AND COALESCE(closed_ms, planned_end_ms) >= $from ORDER BY start_ms DESC, rowid DESC;",
            c => c.With("$from", fromMillis).With("$to", toMillis), cancellationToken);

    public async Task<StoreStatus> CloseAsync(string problemId, long nowMillis, StoredComment? comment, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        await using var close = connection.Command(
                "UPDATE problems SET closed_ms = $now WHERE problem_id = $id AND closed_ms IS NULL AND planned_end_ms > $now;", transaction)
            .With("$id", problemId)
            .With("$now", nowMillis);
        if (await close.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await using var exists = connection.Command("SELECT COUNT(*) FROM problems WHERE problem_id = $id;", transaction).With("$id", problemId);
            var found = Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            return found == 0 ? StoreStatus.NotFound : StoreStatus.Conflict;
        }

        if (comment is not null)
        {
            await InsertCommentAsync(connection, transaction, comment, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return StoreStatus.Ok;
    }

    public async Task<StoreStatus> AddCommentAsync(StoredComment comment, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InsertCommentAsync(connection, null, comment, cancellationToken).ConfigureAwait(false);
            return StoreStatus.Ok;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            return StoreStatus.NotFound; // the foreign key to the problem failed
        }
    }

    public async Task<IReadOnlyList<StoredComment>> ListCommentsAsync(string problemId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {CommentColumns} FROM problem_comments WHERE problem_id = $id ORDER BY created_ms DESC, rowid DESC;").With("$id", problemId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var comments = new List<StoredComment>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            comments.Add(new StoredComment(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetNullableString(5)));
        }

        return comments;
    }

    public Task<StoreStatus> UpdateCommentAsync(string problemId, string commentId, string content, string? context, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE problem_comments SET content = $content, context = $context WHERE problem_id = $problem AND comment_id = $id;",
            c => c.With("$problem", problemId).With("$id", commentId).With("$content", content).With("$context", context), cancellationToken);

    public Task<StoreStatus> DeleteCommentAsync(string problemId, string commentId, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM problem_comments WHERE problem_id = $problem AND comment_id = $id;",
            c => c.With("$problem", problemId).With("$id", commentId), cancellationToken);

    public async Task<int> PurgeAsync(long beforeMillis, long nowMillis, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                "DELETE FROM problems WHERE COALESCE(closed_ms, planned_end_ms) < $before AND (closed_ms IS NOT NULL OR planned_end_ms <= $now);")
            .With("$before", beforeMillis)
            .With("$now", nowMillis);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertCommentAsync(SqliteConnection connection, SqliteTransaction? transaction, StoredComment comment, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
                $"INSERT INTO problem_comments ({CommentColumns}) VALUES ($id, $problem, $created, $author, $content, $context);", transaction)
            .With("$id", comment.CommentId)
            .With("$problem", comment.ProblemId)
            .With("$created", comment.CreatedMillis)
            .With("$author", comment.AuthorName)
            .With("$content", comment.Content)
            .With("$context", comment.Context);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoreStatus> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0 ? StoreStatus.NotFound : StoreStatus.Ok;
    }

    private async Task<IReadOnlyList<StoredProblem>> SelectAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StoredProblem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredProblem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetNullableInt64(7),
                JsonSerializer.Deserialize<List<EntityRef>>(reader.GetString(8), ApiJson.Options) ?? [],
                reader.GetString(9))
            {
                RootCause = reader.GetNullableString(10) is { } root ? JsonSerializer.Deserialize<EntityRef>(root, ApiJson.Options) : null,
                UnderMaintenance = reader.GetInt64(11) != 0,
            });
        }

        return rows;
    }
}
