namespace Pharos.Local.Storage;

/// <summary>One forward-only schema step; <see cref="Version"/> is written to <c>PRAGMA user_version</c>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
