using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Reads the item lists of application.json — the inverse of <see cref="TargetJsonWriter"/>'s
/// item writers. Every item gets <paramref name="layer"/> as its provenance, located at its own
/// object, and no shadowed layers: a generated file no longer knows them.
/// </summary>
internal sealed class ApplicationJsonItems(string layer, IDiagnosticSink sink)
{
    public IReadOnlyList<Resolved<AlertRule>> AlertRules(DocSequence? array) => Each(array, "alertRules[]", "alert rule", rule => rule.Name, AlertRule);

    public IReadOnlyList<Resolved<CustomMetric>> CustomMetrics(DocSequence? array) => Each(array, "customMetrics[]", "custom metric", metric => metric.Name, CustomMetric);

    public IReadOnlyList<Resolved<Dashboard>> Dashboards(DocSequence? array) => Each(array, "dashboards[]", "dashboard", dashboard => dashboard.Name, Dashboard);

    public IReadOnlyList<Resolved<RequestAttribute>> RequestAttributes(DocSequence? array) => Each(array, "requestAttributes[]", "request attribute", attribute => attribute.Name, RequestAttribute);

    public Resolved<T> Resolve<T>(T value, SourceLocation at) => new(value, new Provenance(layer, at), []);

    private AlertRule? AlertRule(JsonFields o)
    {
        var name = o.String("name", required: true);
        o.Context = name is null ? o.Context : $"alert rule '{name.Value}'";
        var enabled = o.Bool("enabled") ?? true;
        var condition = Located(o.String("condition"));
        var targets = o.Strings("targets").Select(t => new Located<string>(t.Value, t.ContentLocation)).ToList();
        var severity = Located(o.String("severity"));
        var channels = Channels(o.Array("notificationChannels"));
        var description = Located(o.String("description"));
        o.Finish();
        return name is null ? null : new AlertRule(name.Value, enabled, condition, targets, severity, channels, description, o.Location);
    }

    private CustomMetric? CustomMetric(JsonFields o)
    {
        var name = o.String("name", required: true);
        o.Context = name is null ? o.Context : $"custom metric '{name.Value}'";
        var type = Located(o.String("type"));
        var description = o.String("description")?.Value;
        var unit = Located(o.String("unit"));
        var aggregation = Located(o.String("aggregation"));
        var dimensions = o.Strings("dimensions").Select(d => new Located<string>(d.Value, d.ContentLocation)).ToList();
        var source = o.String("source")?.Value;
        var enabled = o.Bool("enabled") ?? true;
        o.Finish();
        return name is null ? null : new CustomMetric(name.Value, type, description, unit, aggregation, dimensions, source, enabled, o.Location);
    }

    private Dashboard? Dashboard(JsonFields o)
    {
        var name = o.String("name", required: true);
        o.Context = name is null ? o.Context : $"dashboard '{name.Value}'";
        var description = o.String("description")?.Value;
        var panels = new List<DashboardPanel>();
        foreach (var item in o.Array("panels")?.Items ?? [])
        {
            var panel = JsonFields.From(item, "panels[]", $"a panel of {o.Context}", sink);
            if (panel is null)
            {
                continue;
            }

            var title = panel.String("title", required: true);
            var metric = panel.String("metric")?.Value;
            var type = panel.String("type")?.Value;
            panel.Finish();
            if (title is not null)
            {
                panels.Add(new DashboardPanel(title.Value, metric, type));
            }
        }

        o.Finish();
        return name is null ? null : new Dashboard(name.Value, description, panels, o.Location);
    }

    private RequestAttribute? RequestAttribute(JsonFields o)
    {
        var name = o.String("name", required: true);
        o.Context = name is null ? o.Context : $"request attribute '{name.Value}'";
        var source = o.Object("source", $"the source of {o.Context}", required: true);
        o.Finish();
        if (source is null)
        {
            return null;
        }

        // The writer puts exactly one "<kind>": "<value>" pair under source.
        if (source.Entries.Count != 1 || source.Entries[0].Value is not DocScalar { Kind: ScalarKind.Quoted } value)
        {
            sink.Add(GeneratedConfigDiagnostics.InvalidValue(source.Location, "source", $"{source.Entries.Count} entries", "one \"<kind>\": \"<value>\" pair such as {\"kubernetesLabel\": \"app\"}"));
            return null;
        }

        return name is null ? null : new RequestAttribute(name.Value, source.Entries[0].Key, value.Value, o.Location);
    }

    private List<NotificationChannel> Channels(DocSequence? array)
    {
        var channels = new List<NotificationChannel>();
        foreach (var item in array?.Items ?? [])
        {
            var channel = item switch
            {
                DocScalar { Kind: ScalarKind.Quoted } text => FromSeedString(text),
                DocMapping => FromObject(JsonFields.From(item, "notificationChannels[]", "a notification channel", sink)!),
                _ => Invalid(item.Location, JsonFields.KindOf(item)),
            };
            if (channel is not null)
            {
                channels.Add(channel);
            }
        }

        return channels;
    }

    private NotificationChannel? FromObject(JsonFields o)
    {
        var type = o.String("type", required: true);
        var target = o.String("target", required: true);
        o.Finish();
        if (type is null || target is null)
        {
            return null;
        }

        var kind = type.Value switch
        {
            "teams" => ChannelKind.Teams,
            "email" => ChannelKind.Email,
            _ => (ChannelKind?)null,
        };
        if (kind is null)
        {
            sink.Add(GeneratedConfigDiagnostics.InvalidValue(type.ContentLocation, "type", type.Value, "'teams' or 'email'"));
            return null;
        }

        if (target.Value.Length == 0 || (kind == ChannelKind.Email && !target.Value.Contains('@', StringComparison.Ordinal)))
        {
            sink.Add(GeneratedConfigDiagnostics.InvalidValue(target.ContentLocation, "target", target.Value, kind == ChannelKind.Email ? "an e-mail address" : "a Teams channel such as '#team-x'"));
            return null;
        }

        return new NotificationChannel(kind.Value, target.Value, target.ContentLocation);
    }

    // Seed 001 §7.1 writes channels as plain strings: 'teams-<name>' or an e-mail address.
    private NotificationChannel? FromSeedString(DocScalar text)
    {
        var value = text.Value.Trim();
        if (value.Contains('@', StringComparison.Ordinal))
        {
            return new NotificationChannel(ChannelKind.Email, value, text.ContentLocation);
        }

        if (value.StartsWith('#') && value.Length > 1)
        {
            return new NotificationChannel(ChannelKind.Teams, value, text.ContentLocation);
        }

        if (value.StartsWith("teams-", StringComparison.Ordinal) && value.Length > "teams-".Length)
        {
            return new NotificationChannel(ChannelKind.Teams, "#team-" + value["teams-".Length..], text.ContentLocation);
        }

        return Invalid(text.ContentLocation, $"'{value}'");
    }

    private NotificationChannel? Invalid(SourceLocation at, string what)
    {
        sink.Add(GeneratedConfigDiagnostics.InvalidValue(at, "notificationChannels[]", what, "an object {\"type\": \"teams\" or \"email\", \"target\": …}"));
        return null;
    }

    private static Located<string>? Located(DocScalar? scalar) => scalar is null ? null : new Located<string>(scalar.Value, scalar.ContentLocation);

    private List<Resolved<T>> Each<T>(DocSequence? array, string field, string kind, Func<T, string> nameOf, Func<JsonFields, T?> read)
        where T : class
    {
        var result = new List<Resolved<T>>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in array?.Items ?? [])
        {
            var fields = JsonFields.From(item, field, $"a {kind}", sink);
            // The layer the item came from in the catalog, kept so a sync from the generated folder
            // produces the same objects as a sync from the catalog.
            var definedIn = fields?.String("definedIn")?.Value;
            var value = fields is null ? null : read(fields);
            if (value is null)
            {
                continue;
            }

            if (!seen.TryAdd(nameOf(value), item.Location))
            {
                sink.Add(GeneratedConfigDiagnostics.DuplicateItem(item.Location, kind, nameOf(value), seen[nameOf(value)]));
                continue;
            }

            result.Add(new Resolved<T>(value, new Provenance(definedIn ?? layer, item.Location), []));
        }

        return result;
    }
}
