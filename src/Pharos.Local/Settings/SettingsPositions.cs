using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// Positions are fractional so inserting between two objects touches only the inserted one.
/// <paramref name="siblings"/> are in position order and exclude the object being placed.
/// </summary>
internal static class SettingsPositions
{
    public static double Last(IReadOnlyList<StoredSettingsObject> siblings) =>
        siblings.Count == 0 ? 1 : siblings[^1].Position + 1;

    public static double First(IReadOnlyList<StoredSettingsObject> siblings) =>
        siblings.Count == 0 ? 1 : siblings[0].Position - 1;

    /// <summary>Null when <paramref name="neighborId"/> is not among the siblings.</summary>
    public static double? After(IReadOnlyList<StoredSettingsObject> siblings, string neighborId)
    {
        var index = IndexOf(siblings, neighborId);
        if (index < 0)
        {
            return null;
        }

        return index == siblings.Count - 1
            ? siblings[index].Position + 1
            : (siblings[index].Position + siblings[index + 1].Position) / 2;
    }

    public static double? Before(IReadOnlyList<StoredSettingsObject> siblings, string neighborId)
    {
        var index = IndexOf(siblings, neighborId);
        if (index < 0)
        {
            return null;
        }

        return index == 0
            ? siblings[0].Position - 1
            : (siblings[index - 1].Position + siblings[index].Position) / 2;
    }

    private static int IndexOf(IReadOnlyList<StoredSettingsObject> siblings, string objectId)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i].ObjectId == objectId)
            {
                return i;
            }
        }

        return -1;
    }
}
