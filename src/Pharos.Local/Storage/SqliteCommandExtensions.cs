using Microsoft.Data.Sqlite;

namespace Pharos.Local.Storage;

internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static bool IsUniqueViolation(this SqliteException exception) =>
        exception.SqliteErrorCode == 19; // SQLITE_CONSTRAINT (extended codes 2067/1555 for UNIQUE/PRIMARY KEY)
}
