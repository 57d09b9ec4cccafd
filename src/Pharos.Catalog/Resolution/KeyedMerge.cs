using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// Merges items keyed by name across layers: a higher layer replaces a same-named item whole and
/// keeps its position; new names are appended in layer order. Names repeated inside one layer are
/// an error (the later one is ignored).
/// </summary>
internal sealed class KeyedMerge<T>(string kind, Func<T, string> nameOf, Func<T, SourceLocation> locationOf)
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Resolved<T>> _items = new(StringComparer.Ordinal);

    /// <summary>Decides what a higher-layer item becomes when it meets the one it shadows (default: itself).</summary>
    public Func<T, T, T>? Combine { get; init; }

    /// <summary>Called when an item shadows another, e.g. to check a metric keeps its type.</summary>
    public Action<T, T>? OnShadow { get; init; }

    public void AddLayer(string layer, IEnumerable<T> items, IDiagnosticSink sink)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            var location = locationOf(item);
            if (seen.TryGetValue(name, out var first))
            {
                sink.Add(CatalogDiagnostics.DuplicateItem(location, kind, name, first));
                continue;
            }

            seen[name] = location;
            var provenance = new Provenance(layer, location);
            if (_items.TryGetValue(name, out var existing))
            {
                OnShadow?.Invoke(item, existing.Value);
                var value = Combine is null ? item : Combine(item, existing.Value);
                _items[name] = new Resolved<T>(value, provenance, [existing.Source, .. existing.Shadowed]);
            }
            else
            {
                _order.Add(name);
                _items[name] = new Resolved<T>(item, provenance, []);
            }
        }
    }

    public IReadOnlyList<Resolved<T>> Result() => _order.Select(n => _items[n]).ToList();
}
