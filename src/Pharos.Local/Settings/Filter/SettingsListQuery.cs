using Pharos.Core.Diagnostics;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// The <c>filter</c> and <c>sort</c> of a settings list, applied in memory to the objects the store selected
/// by schema, scope and external id. Sorting is stable, so ties keep the store's order (schema, scope, position).
/// </summary>
internal sealed class SettingsListQuery
{
    private readonly FilterExpression? _filter;
    private readonly IReadOnlyList<SettingsSortKey> _sort;

    private SettingsListQuery(FilterExpression? filter, IReadOnlyList<SettingsSortKey> sort)
    {
        _filter = filter;
        _sort = sort;
    }

    /// <summary>True when neither filter nor sort is given: the store can page by itself.</summary>
    public bool IsEmpty => _filter is null && _sort.Count == 0;

    /// <summary>The query of the given parameters (null when absent), or null with the diagnostics of both.</summary>
    public static (SettingsListQuery? Query, IReadOnlyList<Diagnostic> Diagnostics) Parse(string? filter, string? sort, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var diagnostics = new List<Diagnostic>();
        FilterExpression? expression = null;
        if (filter is not null)
        {
            (expression, var filterDiagnostics) = SettingsFilterParser.Parse(filter, fields);
            diagnostics.AddRange(filterDiagnostics);
        }

        IReadOnlyList<SettingsSortKey>? keys = [];
        if (sort is not null)
        {
            (keys, var sortDiagnostics) = SettingsSort.Parse(sort, fields);
            diagnostics.AddRange(sortDiagnostics);
        }

        return diagnostics.Any(d => d.IsError) ? (null, diagnostics) : (new SettingsListQuery(expression, keys!), diagnostics);
    }

    public IReadOnlyList<StoredSettingsObject> Apply(IEnumerable<StoredSettingsObject> objects)
    {
        IEnumerable<SettingsObjectView> views = objects.Select(o => new SettingsObjectView(o));
        if (_filter is not null)
        {
            views = views.Where(v => SettingsFilterEvaluator.Matches(_filter, v));
        }

        if (_sort.Count > 0)
        {
            views = views.OrderBy(v => v, new SettingsValueOrder(_sort));
        }

        return views.Select(v => v.Stored).ToList();
    }
}
