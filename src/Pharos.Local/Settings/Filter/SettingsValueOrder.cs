using System.Text.Json;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// Orders objects by sort keys. Within a key: numbers, then strings (ordinal), then false before true, then
/// objects and arrays (as equal); objects without the property come last in both directions, so a
/// descending sort does not lead with empty values.
/// </summary>
internal sealed class SettingsValueOrder : IComparer<SettingsObjectView>
{
    private readonly IReadOnlyList<SettingsSortKey> _keys;

    public SettingsValueOrder(IReadOnlyList<SettingsSortKey> keys)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
    }

    public int Compare(SettingsObjectView? x, SettingsObjectView? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        foreach (var key in _keys)
        {
            var (a, b) = (x.Read(key.Field), y.Read(key.Field));
            int order;
            if (a is null || b is null)
            {
                order = a is null ? (b is null ? 0 : 1) : -1;
            }
            else
            {
                order = CompareValues(a.Value, b.Value);
                order = key.Descending ? -order : order;
            }

            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int CompareValues(JsonElement a, JsonElement b)
    {
        var rank = Rank(a).CompareTo(Rank(b));
        if (rank != 0)
        {
            return rank;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Number => a.GetDouble().CompareTo(b.GetDouble()),
            JsonValueKind.String => string.CompareOrdinal(a.GetString(), b.GetString()),
            JsonValueKind.True or JsonValueKind.False => a.GetBoolean().CompareTo(b.GetBoolean()),
            _ => 0,
        };
    }

    private static int Rank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => 0,
        JsonValueKind.String => 1,
        JsonValueKind.True or JsonValueKind.False => 2,
        _ => 3,
    };
}
