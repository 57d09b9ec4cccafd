using System.Text.Json;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// One element of the <c>POST /settings/objects</c> array. <see cref="Value"/> is the schema's
/// JSON object, sent as it is. <see cref="InsertAfter"/>: null = last position, "" = first
/// (ordered schemas only). <see cref="ObjectId"/> replaces that object and needs <see cref="ExternalId"/>.
/// </summary>
public sealed record SettingsObjectCreate(string SchemaId, string Scope, JsonElement Value)
{
    public string? SchemaVersion { get; init; }

    public string? ExternalId { get; init; }

    public string? InsertAfter { get; init; }

    public string? ObjectId { get; init; }
}
