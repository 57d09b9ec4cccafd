namespace Pharos.Local.Storage.Settings;

/// <summary>One change in an atomic batch applied by <see cref="ISettingsObjectStore.ApplyAsync"/>.</summary>
internal abstract record SettingsWrite;

internal sealed record SettingsInsert(StoredSettingsObject Object) : SettingsWrite;

/// <summary>Replaces the row only while its update token still equals <paramref name="ExpectedUpdateToken"/>.</summary>
internal sealed record SettingsReplace(StoredSettingsObject Object, string ExpectedUpdateToken) : SettingsWrite;

/// <summary>Deletes the row; when <paramref name="ExpectedUpdateToken"/> is set, only while it still matches.</summary>
internal sealed record SettingsDelete(string ObjectId, string? ExpectedUpdateToken) : SettingsWrite;
