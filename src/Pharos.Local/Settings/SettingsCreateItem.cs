using System.Text.Json;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>One entry of a POST body (<c>SettingsObjectCreate</c>), read without trusting its shape.</summary>
internal sealed record SettingsCreateItem(
    int Index,
    string SchemaId,
    string Scope,
    JsonElement? Value,
    string? SchemaVersion,
    string? ExternalId,
    string? InsertAfter,
    string? ObjectId)
{
    public const int MaxExternalIdLength = 500;

    /// <summary>Reads entry <paramref name="index"/>; every shape problem becomes a violation.</summary>
    public static SettingsCreateItem Read(JsonElement element, int index, List<ConstraintViolation> violations)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            violations.Add(ConstraintViolation.InBody($"{index}", SettingsMessages.ItemMustBeObject));
            return new SettingsCreateItem(index, "", "", null, null, null, null, null);
        }

        var schemaId = ReadString(element, "schemaId", index, "", required: true, violations) ?? "";
        var prefix = schemaId;
        var scope = ReadString(element, "scope", index, prefix, required: true, violations) ?? "";
        var schemaVersion = ReadString(element, "schemaVersion", index, prefix, required: false, violations);
        var externalId = ReadString(element, "externalId", index, prefix, required: false, violations);
        var insertAfter = ReadString(element, "insertAfter", index, prefix, required: false, violations, allowEmpty: true);
        var objectId = ReadString(element, "objectId", index, prefix, required: false, violations);

        JsonElement? value = null;
        if (element.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null)
        {
            value = v;
            if (v.ValueKind != JsonValueKind.Object)
            {
                violations.Add(ConstraintViolation.InBody(Path(prefix, index, "value"), SettingsMessages.ValueMustBeObject));
            }
        }
        else
        {
            violations.Add(ConstraintViolation.InBody(Path(prefix, index, "value"), SettingsMessages.MustNotBeBlank));
        }

        if (externalId is { Length: > MaxExternalIdLength })
        {
            violations.Add(ConstraintViolation.InBody(Path(prefix, index, "externalId"), SettingsMessages.ExternalIdTooLong));
        }

        if (objectId is not null && externalId is null)
        {
            violations.Add(ConstraintViolation.InBody(Path(prefix, index, "objectId"), SettingsMessages.ObjectIdNeedsExternalId));
        }

        return new SettingsCreateItem(index, schemaId, scope, value, schemaVersion, externalId, insertAfter, objectId);
    }

    /// <summary>Violation path as Dynatrace writes it: <c>&lt;schemaId&gt;/&lt;index&gt;/&lt;property path&gt;</c>.</summary>
    public static string Path(string schemaId, int index, string relative)
    {
        var head = string.IsNullOrEmpty(schemaId) ? $"{index}" : $"{schemaId}/{index}";
        return string.IsNullOrEmpty(relative) ? head : $"{head}/{relative.TrimStart('/')}";
    }

    private static string? ReadString(
        JsonElement element, string name, int index, string schemaId, bool required, List<ConstraintViolation> violations, bool allowEmpty = false)
    {
        if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                violations.Add(ConstraintViolation.InBody(Path(schemaId, index, name), SettingsMessages.MustNotBeBlank));
            }

            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            violations.Add(ConstraintViolation.InBody(Path(schemaId, index, name), SettingsMessages.MustBeString));
            return null;
        }

        var text = property.GetString() ?? "";
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            violations.Add(ConstraintViolation.InBody(Path(schemaId, index, name), SettingsMessages.MustNotBeBlank));
            return null;
        }

        return text;
    }
}
