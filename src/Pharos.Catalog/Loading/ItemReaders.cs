using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>
/// Readers for the items every layer shares — alert rules, custom metrics, dashboards, request
/// attributes, notification channels — written once so profiles, services and metrics-catalog
/// files accept exactly the same shapes.
/// </summary>
internal static class ItemReaders
{
    public static IReadOnlyList<AlertRule> AlertRules(DocSequence? sequence, IDiagnosticSink sink) =>
        Each(sequence, "alert rule", sink, AlertRule);

    public static IReadOnlyList<CustomMetric> CustomMetrics(DocSequence? sequence, IDiagnosticSink sink) =>
        Each(sequence, "custom metric", sink, CustomMetric);

    public static IReadOnlyList<Dashboard> Dashboards(DocSequence? sequence, IDiagnosticSink sink) =>
        Each(sequence, "dashboard", sink, Dashboard);

    public static IReadOnlyList<RequestAttribute> RequestAttributes(DocSequence? sequence, IDiagnosticSink sink) =>
        Each(sequence, "request attribute", sink, RequestAttribute);

    public static Located<double>? Number(MappingReader reader, string key)
    {
        var value = reader.Number(key);
        return value is null ? null : new Located<double>(value.Value, reader.LocationOf(key));
    }

    public static Located<string>? Text(MappingReader reader, string key, bool required = false)
    {
        var scalar = reader.Scalar(key, required);
        return scalar is null ? null : new Located<string>(scalar.Value, scalar.ContentLocation);
    }

    public static IReadOnlyList<Located<string>> Texts(MappingReader reader, string key) =>
        reader.Strings(key).Select(s => new Located<string>(s.Value, s.ContentLocation)).ToList();

    private static AlertRule? AlertRule(MappingReader r, IDiagnosticSink sink)
    {
        var name = r.String("name", required: true);
        r.Context = name is null ? r.Context : $"alert rule '{name}'";
        var enabled = r.Bool("enabled") ?? true;
        var condition = Text(r, "condition");
        var targets = Texts(r, "targets");
        var severity = Text(r, "severity");
        var channels = new List<NotificationChannel>();
        channels.AddRange(Channels(r.Node("channels"), "channels", sink));
        channels.AddRange(Channels(r.Node("notificationChannels"), "notificationChannels", sink));
        var description = Text(r, "description");
        r.Finish();
        return name is null ? null : new AlertRule(name, enabled, condition, targets, severity, channels, description, r.Location);
    }

    private static CustomMetric? CustomMetric(MappingReader r, IDiagnosticSink sink)
    {
        var name = r.String("name", required: true);
        r.Context = name is null ? r.Context : $"metric '{name}'";
        var type = Text(r, "type");
        var description = r.String("description");
        var unit = Text(r, "unit");
        var aggregation = Text(r, "aggregation");
        var dimensions = Texts(r, "dimensions");
        var source = r.String("source");
        var enabled = r.Bool("enabled") ?? true;

        // services.yaml nests the Dynatrace-specific parts (seed 001 §3.1); they win over top-level ones.
        var dynatrace = r.Child("dynatrace", $"the dynatrace block of metric '{name}'");
        if (dynatrace is not null)
        {
            enabled = dynatrace.Bool("enabled") ?? enabled;
            unit = Text(dynatrace, "unit") ?? unit;
            aggregation = Text(dynatrace, "aggregation") ?? aggregation;
            var nested = Texts(dynatrace, "dimensions");
            dimensions = nested.Count > 0 ? nested : dimensions;
            dynatrace.Finish();
        }

        r.Finish();
        return name is null ? null : new CustomMetric(name, type, description, unit, aggregation, dimensions, source, enabled, r.Location);
    }

    private static Dashboard? Dashboard(MappingReader r, IDiagnosticSink sink)
    {
        var name = r.String("name", required: true);
        r.Context = name is null ? r.Context : $"dashboard '{name}'";
        var description = r.String("description");
        var panels = Each(r.Sequence("panels"), "dashboard panel", sink, (p, _) =>
        {
            var title = p.String("title", required: true);
            var metric = p.String("metric");
            var type = p.String("type");
            p.Finish();
            return title is null ? null : new DashboardPanel(title, metric, type);
        });
        r.Finish();
        return name is null ? null : new Dashboard(name, description, panels, r.Location);
    }

    private static RequestAttribute? RequestAttribute(MappingReader r, IDiagnosticSink sink)
    {
        var name = r.String("name", required: true);
        var source = r.Child("source", $"the source of request attribute '{name}'");
        string? kind = null;
        string? value = null;
        if (source is null)
        {
            sink.Add(CatalogDiagnostics.RequiredField(r.Location, "source", $"request attribute '{name}'"));
        }
        else
        {
            foreach (var candidate in RequestAttributeSources)
            {
                var text = source.String(candidate);
                if (text is not null && kind is null)
                {
                    (kind, value) = (candidate, text);
                }
            }

            if (kind is null)
            {
                sink.Add(CatalogDiagnostics.RequiredField(source.Location, string.Join(" or ", RequestAttributeSources), $"the source of request attribute '{name}'"));
            }

            source.Finish();
        }

        r.Finish();
        return name is null || kind is null ? null : new RequestAttribute(name, kind, value!, r.Location);
    }

    private static readonly string[] RequestAttributeSources = ["kubernetesLabel", "kubernetesAnnotation", "environmentVariable", "requestHeader"];

    /// <summary>
    /// Normalises the seed's channel shapes into one list: a mapping <c>{teams: [...], email: [...]}</c>
    /// or a list of strings where '#x' and 'teams-x' are Teams channels and 'a@b' is an e-mail address.
    /// </summary>
    public static IEnumerable<NotificationChannel> Channels(DocNode? node, string field, IDiagnosticSink sink)
    {
        switch (node)
        {
            case null or DocScalar { IsNull: true }:
                yield break;
            case DocMapping mapping:
                var reader = new MappingReader(mapping, field, sink);
                foreach (var teams in reader.Strings("teams"))
                {
                    yield return new NotificationChannel(ChannelKind.Teams, teams.Value, teams.ContentLocation);
                }

                foreach (var email in reader.Strings("email"))
                {
                    if (!email.Value.Contains('@', StringComparison.Ordinal))
                    {
                        sink.Add(CatalogDiagnostics.InvalidChannel(email.ContentLocation, email.Value));
                        continue;
                    }

                    yield return new NotificationChannel(ChannelKind.Email, email.Value, email.ContentLocation);
                }

                reader.Finish();
                break;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    var channel = item is DocScalar s ? FromString(s) : null;
                    if (channel is null)
                    {
                        sink.Add(CatalogDiagnostics.InvalidChannel(item.Location, item is DocScalar t ? t.Value : item.KindName));
                        continue;
                    }

                    yield return channel;
                }

                break;
            default:
                sink.Add(CatalogDiagnostics.WrongNodeKind(node.Location, field, "a mapping {teams, email} or a list", node.KindName));
                break;
        }
    }

    private static NotificationChannel? FromString(DocScalar scalar)
    {
        var value = scalar.Value.Trim();
        if (value.Contains('@', StringComparison.Ordinal))
        {
            return new NotificationChannel(ChannelKind.Email, value, scalar.ContentLocation);
        }

        if (value.StartsWith('#') && value.Length > 1)
        {
            return new NotificationChannel(ChannelKind.Teams, value, scalar.ContentLocation);
        }

        // Seed 001 §5.2 writes the channel '#team-{SERVICE}' as 'teams-{SERVICE}'.
        return value.StartsWith("teams-", StringComparison.Ordinal) && value.Length > "teams-".Length
            ? new NotificationChannel(ChannelKind.Teams, "#team-" + value["teams-".Length..], scalar.ContentLocation)
            : null;
    }

    private static IReadOnlyList<T> Each<T>(DocSequence? sequence, string what, IDiagnosticSink sink, Func<MappingReader, IDiagnosticSink, T?> read)
        where T : class
    {
        if (sequence is null)
        {
            return [];
        }

        var result = new List<T>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var reader = MappingReader.From(item, what, what, sink);
            if (reader is null)
            {
                if (item is DocScalar { IsNull: true })
                {
                    sink.Add(CatalogDiagnostics.WrongNodeKind(item.Location, what, "a mapping", "null"));
                }

                continue;
            }

            var value = read(reader, sink);
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
