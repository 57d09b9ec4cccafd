using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Applies <see cref="Placeholders"/> to every string of an item.</summary>
internal sealed class ItemSubstitution(Placeholders placeholders, IDiagnosticSink sink)
{
    public string Text(string value, SourceLocation at) => placeholders.Apply(value, at, sink);

    public Located<string> Text(Located<string> value) => value with { Value = placeholders.Apply(value.Value, value.Location, sink) };

    public AlertRule Apply(AlertRule rule) => rule with
    {
        Name = Text(rule.Name, rule.Location),
        Condition = rule.Condition is { } c ? Text(c) : null,
        Targets = rule.Targets.Select(Text).ToList(),
        Channels = rule.Channels.Select(ch => ch with { Target = Text(ch.Target, ch.Location) }).ToList(),
        Description = rule.Description is { } d ? Text(d) : null,
    };

    public CustomMetric Apply(CustomMetric metric) => metric with
    {
        Name = Text(metric.Name, metric.Location),
        Description = metric.Description is null ? null : Text(metric.Description, metric.Location),
        Dimensions = metric.Dimensions.Select(Text).ToList(),
    };

    public Dashboard Apply(Dashboard dashboard) => dashboard with
    {
        Name = Text(dashboard.Name, dashboard.Location),
        Description = dashboard.Description is null ? null : Text(dashboard.Description, dashboard.Location),
        Panels = dashboard.Panels
            .Select(p => p with { Title = Text(p.Title, dashboard.Location), Metric = p.Metric is null ? null : Text(p.Metric, dashboard.Location) })
            .ToList(),
    };

    public RequestAttribute Apply(RequestAttribute attribute) => attribute with
    {
        Name = Text(attribute.Name, attribute.Location),
        SourceValue = Text(attribute.SourceValue, attribute.Location),
    };
}
