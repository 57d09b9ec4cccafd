using System.Text.Json;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>A PUT body (<c>SettingsObjectUpdate</c>), read without trusting its shape.</summary>
internal sealed record SettingsUpdateBody(JsonElement? Value, string? UpdateToken, string? SchemaVersion, string? InsertAfter, string? InsertBefore)
{
    public static SettingsUpdateBody Read(JsonElement body, string schemaId, List<ConstraintViolation> violations)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            violations.Add(ConstraintViolation.InBody("", SettingsMessages.PutBodyMustBeObject));
            return new SettingsUpdateBody(null, null, null, null, null);
        }

        JsonElement? value = null;
        if (body.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object)
        {
            value = v;
        }
        else
        {
            var message = body.TryGetProperty("value", out var present) && present.ValueKind != JsonValueKind.Null
                ? SettingsMessages.ValueMustBeObject
                : SettingsMessages.MustNotBeBlank;
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schemaId, 0, "value"), message));
        }

        var update = new SettingsUpdateBody(
            value,
            ReadString(body, "updateToken", schemaId, violations),
            ReadString(body, "schemaVersion", schemaId, violations),
            ReadString(body, "insertAfter", schemaId, violations),
            ReadString(body, "insertBefore", schemaId, violations));
        if (update.InsertAfter is not null && update.InsertBefore is not null)
        {
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schemaId, 0, "insertBefore"), SettingsMessages.BothInsertPositions));
        }

        return update;
    }

    private static string? ReadString(JsonElement body, string name, string schemaId, List<ConstraintViolation> violations)
    {
        if (!body.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schemaId, 0, name), SettingsMessages.MustBeString));
            return null;
        }

        return property.GetString();
    }
}
