using Pharos.Catalog.Model;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// One layer of the merge (see docs/merge-semantics.md). Items inside a layer are unique by name;
/// a higher layer replaces a same-named item of a lower one whole.
/// </summary>
public sealed record Layer(
    string Name,
    IReadOnlyList<CustomMetric> Metrics,
    IReadOnlyList<AlertRule> AlertRules,
    IReadOnlyList<Dashboard> Dashboards,
    IReadOnlyList<RequestAttribute> RequestAttributes)
{
    public static Layer Of(string name, IReadOnlyList<CustomMetric>? metrics = null, IReadOnlyList<AlertRule>? rules = null,
        IReadOnlyList<Dashboard>? dashboards = null, IReadOnlyList<RequestAttribute>? attributes = null) =>
        new(name, metrics ?? [], rules ?? [], dashboards ?? [], attributes ?? []);
}
