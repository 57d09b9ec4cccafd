using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// A field the settings filter and sort can use: <c>created</c>, <c>modified</c> (epoch milliseconds),
/// <c>createdBy</c>, <c>modifiedBy</c>, <c>author</c>, or <c>value.&lt;path&gt;</c> into the object's value.
/// Dynatrace only lets a query filter or sort on fields its response includes, hence <see cref="ResponseField"/>.
/// </summary>
internal sealed record SettingsField(string Path, string ResponseField, IReadOnlyList<string> ValuePath)
{
    public const string ValuePrefix = "value.";

    public static IReadOnlyList<string> MetadataFields { get; } = ["created", "modified", "createdBy", "modifiedBy", "author"];

    /// <summary>The field named <paramref name="text"/>, or null after reporting why it is not one (unknown, or not in <paramref name="fields"/>).</summary>
    public static SettingsField? Resolve(string text, int column, string parameter, IReadOnlyCollection<string> fields, IDiagnosticSink diagnostics)
    {
        SettingsField? field = null;
        if (MetadataFields.Contains(text, StringComparer.Ordinal))
        {
            field = new SettingsField(text, text, []);
        }
        else if (text.StartsWith(ValuePrefix, StringComparison.Ordinal))
        {
            var path = text[ValuePrefix.Length..].Split('.');
            if (path.All(segment => segment.Length > 0))
            {
                field = new SettingsField(text, "value", path);
            }
        }

        if (field is null)
        {
            diagnostics.Add(LocalDiagnostics.SettingsFieldUnknown(parameter, text, column, [.. MetadataFields, "value.<property>"]));
            return null;
        }

        if (!fields.Contains(field.ResponseField))
        {
            diagnostics.Add(LocalDiagnostics.SettingsFieldNotRequested(parameter, text, field.ResponseField, column));
            return null;
        }

        return field;
    }

    /// <summary>The field's value on <paramref name="stored"/>; null when the value has no such property.</summary>
    public JsonElement? Read(StoredSettingsObject stored, JsonElement value) => Path switch
    {
        "created" => JsonSerializer.SerializeToElement(stored.CreatedMillis),
        "modified" => JsonSerializer.SerializeToElement(stored.ModifiedMillis),
        "createdBy" => JsonSerializer.SerializeToElement(stored.CreatedBy),
        "modifiedBy" or "author" => JsonSerializer.SerializeToElement(stored.ModifiedBy),
        _ => Walk(value),
    };

    private JsonElement? Walk(JsonElement value)
    {
        var current = value;
        foreach (var segment in ValuePath)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }
}
