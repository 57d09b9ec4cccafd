using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Local.Entities;
using Pharos.Local.Http;

namespace Pharos.Local.Storage.Problems;

internal sealed class SqliteProblemStore : IProblemStore
{
    private const string Columns =
        "problem_id, display_id, title, severity_level, impact_level, start_ms, planned_end_ms, closed_ms, entities_json, dedupe_key";

    private const string CommentColumns = "comment_id, problem_id, created_ms, author_name, content, context";

    private readonly LocalDatabase _database;

    public SqliteProblemStore(LocalDatabase database)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
    }

    public async Task<StoredProblem> InsertAsync(StoredProblem problem, string displayPrefix, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        var sequence = "problem-display-" + displayPrefix;
        await using (var bump = connection.Command(
                         "INSERT INTO sequences (name, value) VALUES ($name, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1;", transaction)
                     .With("$name", sequence))
        {
            await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long number;
        await using (var read = connection.Command("SELECT value FROM sequences WHERE name = $name;", transaction).With("$name", sequence))
        {
            number = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var stored = problem with { DisplayId = $"P-{displayPrefix}{number.ToString(CultureInfo.InvariantCulture)}" };
        await using (var insert = connection.Command(
                         $"INSERT INTO problems ({Columns}) VALUES ($id, $display, $title, $severity, $impact, $start, $end, $closed, $entities, $dedupe);", transaction)
                     .With("$id", stored.ProblemId)
                     .With("$display", stored.DisplayId)
                     .With("$title", stored.Title)
                     .With("$severity", stored.SeverityLevel)
                     .With("$impact", stored.ImpactLevel)
                     .With("$start", stored.StartMillis)
                     .With("$end", stored.PlannedEndMillis)
                     .With("$closed", stored.ClosedMillis)
                     .With("$entities", JsonSerializer.Serialize(stored.Entities, ApiJson.Options))
                     .With("$dedupe", stored.DedupeKey))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<StoredProblem?> FindOpenAsync(string dedupeKey, long nowMillis, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync(
            $"SELECT {Columns} FROM problems WHERE dedupe_key = $key AND closed_ms IS NULL AND planned_end_ms > $now ORDER BY start_ms DESC LIMIT 1;",
            c => c.With("$key", dedupeKey).With("$now", nowMillis), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<StoreStatus> ExtendAsync(string problemId, long plannedEndMillis, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE problems SET planned_end_ms = MAX(planned_end_ms, $end) WHERE problem_id = $id;",
            c => c.With("$id", problemId).With("$end", plannedEndMillis), cancellationToken);

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
                reader.GetString(9)));
        }

        return rows;
    }
}
