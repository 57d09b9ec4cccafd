using System.Text.Json;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// The <c>PUT /settings/objects/{objectId}</c> body. <see cref="UpdateToken"/> makes the write
/// conditional (409 when the object changed since it was read). At most one of
/// <see cref="InsertAfter"/> and <see cref="InsertBefore"/>; null keeps the current position.
/// </summary>
public sealed record SettingsObjectUpdate(JsonElement Value)
{
    public string? SchemaVersion { get; init; }

    public string? UpdateToken { get; init; }

    public string? InsertAfter { get; init; }

    public string? InsertBefore { get; init; }
}
