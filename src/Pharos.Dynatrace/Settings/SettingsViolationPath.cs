using System.Globalization;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// A constraint-violation path of a settings POST, <c>&lt;schemaId&gt;/&lt;index in request&gt;/&lt;property path&gt;</c>,
/// split so a caller can point at its own source. <see cref="PropertyPath"/> uses '/' and may be empty.
/// </summary>
public sealed record SettingsViolationPath(string SchemaId, int Index, string PropertyPath)
{
    /// <summary>Null when the path does not have that shape (e.g. a plain property path from PUT).</summary>
    public static SettingsViolationPath? TryParse(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var parts = path.Split('/', 3);
        if (parts.Length < 2 || parts[0].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        return new SettingsViolationPath(parts[0], index, parts.Length == 3 ? parts[2] : "");
    }
}
