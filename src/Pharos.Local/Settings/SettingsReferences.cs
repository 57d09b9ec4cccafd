using System.Text.Json;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// Finds the settings objects a value refers to. The server does not know which properties are
/// <c>setting</c> references (only the validator's schema does), so every string that decodes as an
/// object id minted here is looked up; only existing objects end up in the result.
/// </summary>
internal static class SettingsReferences
{
    public static async Task<IReadOnlyDictionary<string, string>> ResolveAsync(
        JsonElement value, Func<string, CancellationToken, Task<StoredSettingsObject?>> findObject, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        Collect(value, candidates);
        foreach (var objectId in candidates)
        {
            if (await findObject(objectId, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                found[objectId] = existing.SchemaId;
            }
        }

        return found;
    }

    private static void Collect(JsonElement value, HashSet<string> candidates)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Collect(property.Value, candidates);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, candidates);
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (SettingsObjectId.TryDecode(text, out _, out _, out _))
                {
                    candidates.Add(text);
                }

                break;
        }
    }
}
