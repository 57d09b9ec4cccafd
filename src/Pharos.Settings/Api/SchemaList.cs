using System.Text.Json.Serialization;

namespace Pharos.Settings;

/// <summary>The body of <c>GET /api/v2/settings/schemas</c>.</summary>
public sealed record SchemaList(
    [property: JsonPropertyName("items")] IReadOnlyList<SchemaStub> Items,
    [property: JsonPropertyName("totalCount")] int TotalCount);
