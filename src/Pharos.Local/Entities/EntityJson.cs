using System.Text.Json.Nodes;

namespace Pharos.Local.Entities;

/// <summary>Renders entities as the Entities API v2 does, plus the stubs and tags other APIs embed.</summary>
internal static class EntityJson
{
    public static IReadOnlyList<string> OptionalFields { get; } =
        ["properties", "tags", "managementZones", "firstSeenTms", "lastSeenTms", "fromRelationships", "toRelationships"];

    public static JsonObject Render(LocalEntity entity, IReadOnlyCollection<string> fields)
    {
        var json = new JsonObject
        {
            ["entityId"] = entity.EntityId,
            ["type"] = entity.Type,
            ["displayName"] = entity.DisplayName,
        };
        foreach (var field in OptionalFields.Where(fields.Contains))
        {
            json[field] = field switch
            {
                "properties" => new JsonObject(EntityRelationships.PlainProperties(entity).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
                "tags" => Tags(entity.Tags),
                "managementZones" => Zones(entity.ManagementZones),
                "firstSeenTms" => entity.FirstSeen.ToUnixTimeMilliseconds(),
                "lastSeenTms" => entity.LastSeen.ToUnixTimeMilliseconds(),
                "fromRelationships" => Relationships(entity),
                _ => new JsonObject(),
            };
        }

        return json;
    }

    /// <summary><c>{"isProcessOf":[{"id":"HOST-…","type":"HOST"}]}</c>, as Dynatrace renders relationships.</summary>
    private static JsonObject Relationships(LocalEntity entity) => new(EntityRelationships.Of(entity).Select(r => KeyValuePair.Create(
        r.Key, (JsonNode?)new JsonArray(r.Value.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = EntityTypes.TypeOfId(id) }).ToArray()))));

    /// <summary><c>EntityStub</c>: <c>{"entityId":{"id":…,"type":…},"name":…}</c>.</summary>
    public static JsonObject Stub(EntityRef entity) => new()
    {
        ["entityId"] = new JsonObject { ["id"] = entity.Id, ["type"] = entity.Type },
        ["name"] = entity.Name,
    };

    public static JsonArray Tags(IEnumerable<EntityTag> tags) => new(tags.Select(t =>
    {
        var tag = new JsonObject { ["context"] = t.Context, ["key"] = t.Key };
        if (t.Value is not null)
        {
            tag["value"] = t.Value;
        }

        tag["stringRepresentation"] = t.StringRepresentation;
        return (JsonNode)tag;
    }).ToArray());

    public static JsonArray Zones(IEnumerable<ManagementZoneRef> zones) =>
        new(zones.Select(z => (JsonNode)new JsonObject { ["id"] = z.Id, ["name"] = z.Name }).ToArray());
}
