namespace Pharos.Local.Storage.Settings;

/// <summary>Conditions of a list query; an empty list means "any".</summary>
internal sealed record SettingsObjectFilter(
    IReadOnlyList<string> SchemaIds,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> ExternalIds);
