using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;

namespace Pharos.Local.Settings.Filter;

/// <summary>One key of the <c>sort</c> parameter: a field, descending when prefixed with '-'.</summary>
internal sealed record SettingsSortKey(SettingsField Field, bool Descending);

/// <summary>
/// Parses <c>sort</c>: comma-separated fields (the same fields as the filter), each optionally prefixed with
/// '-' for descending, e.g. <c>value.name,-modified</c>. Never throws.
/// </summary>
internal static class SettingsSort
{
    public const string Parameter = "sort";

    public static (IReadOnlyList<SettingsSortKey>? Keys, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, IReadOnlyCollection<string> fields)
    {
        var diagnostics = new DiagnosticBag();
        var keys = new List<SettingsSortKey>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        foreach (var part in text.Split(','))
        {
            var leading = part.Length - part.TrimStart().Length;
            var key = part.Trim();
            var column = start + leading + 1;
            start += part.Length + 1;
            var descending = key.StartsWith('-');
            var name = descending ? key[1..] : key;
            if (name.Length == 0)
            {
                diagnostics.Add(LocalDiagnostics.SettingsSortKeyEmpty(column));
                continue;
            }

            var nameColumn = descending ? column + 1 : column;
            if (!seen.Add(name))
            {
                diagnostics.Add(LocalDiagnostics.SettingsSortKeyRepeated(name, nameColumn));
                continue;
            }

            if (SettingsField.Resolve(name, nameColumn, Parameter, fields, diagnostics) is { } field)
            {
                keys.Add(new SettingsSortKey(field, descending));
            }
        }

        return diagnostics.HasErrors ? (null, diagnostics.ToSortedList()) : (keys, []);
    }
}
