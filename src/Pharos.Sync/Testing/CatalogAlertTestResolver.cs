using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Catalog;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Testing;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Testing;

/// <summary>
/// Resolves the <c>catalog:</c> of an alert-test file the way sync would see it: compiles the catalog folder,
/// translates it into the desired Settings 2.0 objects, keeps the file's environment and reads them with the
/// evaluation readers (objectId = externalId). Every catalog service of the environment becomes one SERVICE entity
/// carrying the Kubernetes tags its workloads' labels give it, so entity filters of the metric events match it.
/// </summary>
/// <param name="metricsCatalogPath">The metrics-catalog working copy to read; null: the <c>metrics-catalog</c> folder next to the catalog.</param>
public sealed class CatalogAlertTestResolver(string? metricsCatalogPath = null) : IAlertTestCatalogResolver
{
    /// <summary>Tests never deliver anything: every Teams channel gets an address in the reserved .invalid domain.</summary>
    public const string PlaceholderWebhookBase = "https://teams.example.invalid/";

    private const string CatalogId = "alert-test";

    public async ValueTask<AlertTestCatalogResolution> ResolveAsync(string catalog, string? environment, string testFilePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(testFilePath);
        var testDirectory = Path.GetDirectoryName(Path.GetFullPath(testFilePath)) ?? ".";
        var catalogDirectory = Path.GetFullPath(catalog, testDirectory);
        if (!Directory.Exists(catalogDirectory))
        {
            return Fail($"the catalog folder '{catalogDirectory}' does not exist (the path is relative to the test file)");
        }

        var metrics = metricsCatalogPath ?? Path.Combine(Path.GetDirectoryName(catalogDirectory) ?? catalogDirectory, "metrics-catalog");
        var compilation = await new CatalogCompiler(new WorkingCopyMetricsCatalogSource(metrics))
            .CompileAsync(catalogDirectory, cancellationToken).ConfigureAwait(false);
        if (compilation.HasErrors)
        {
            return Fail("the catalog does not compile: " + FirstErrors(compilation.Diagnostics) + "; run 'pharos validate' on it");
        }

        var environments = compilation.Targets.Select(t => t.Environment.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var env = environment ?? (environments.Count == 1 ? environments[0] : null);
        if (env is null)
        {
            return Fail($"the catalog has several environments ({string.Join(", ", environments)}): add 'environment:' to the test file");
        }

        var targets = compilation.Targets.Where(t => t.Environment.Id == env).ToList();
        if (targets.Count == 0)
        {
            return Fail($"no service of the catalog is enabled in environment '{env}'{NameSuggester.DidYouMean(env, environments)}");
        }

        var translationDiagnostics = new DiagnosticBag();
        var translation = SettingsTranslator.Translate(compilation, new TranslationOptions(CatalogId) { TeamsWebhookUrls = PlaceholderWebhooks(targets) }, translationDiagnostics);
        if (translationDiagnostics.HasErrors)
        {
            return Fail("the catalog does not translate into settings: " + FirstErrors(translationDiagnostics.ToSortedList()));
        }

        var objects = translation.DesiredObjects.Where(o => o.Environments.Contains(env, StringComparer.Ordinal)).ToList();
        return Read(objects, targets);
    }

    private static AlertTestCatalogResolution Read(IReadOnlyList<DesiredObject> objects, IReadOnlyList<ResolvedTarget> targets)
    {
        var sink = new DiagnosticBag();
        var known = objects.Select(o => o.ExternalId).ToHashSet(StringComparer.Ordinal);
        var metricEvents = new List<MetricEventConfig>();
        var profiles = new List<AlertingProfile>();
        var notifications = new List<ProblemNotificationConfig>();
        foreach (var desired in objects)
        {
            if (desired.References.FirstOrDefault(r => !known.Contains(r.ExternalId)) is { } dangling)
            {
                return Fail($"{desired.Summary} references {dangling.ExternalId}, which the environment does not have");
            }

            var value = ResolveReferences(desired);
            switch (desired.Kind)
            {
                case DesiredObjectKind.MetricEvent:
                    Add(metricEvents, MetricEventConfigReader.Read(desired.ExternalId, value, sink));
                    break;
                case DesiredObjectKind.AlertingProfile:
                    Add(profiles, NotificationSettingsReader.ReadProfile(desired.ExternalId, value, sink));
                    break;
                case DesiredObjectKind.Notification:
                    Add(notifications, NotificationSettingsReader.ReadNotification(desired.ExternalId, value, sink));
                    break;
                default:
                    break; // Management zones become entity zones below; SLOs and metric metadata do not alert.
            }
        }

        if (sink.HasErrors)
        {
            return Fail("the translated settings cannot be evaluated: " + FirstErrors(sink.ToSortedList()));
        }

        var zones = objects.Where(o => o.Kind == DesiredObjectKind.ManagementZone && o.Service is not null)
            .ToDictionary(o => o.Service!, o => new ManagementZoneRef(o.ExternalId, o.Value["name"]?.GetValue<string>() ?? o.ExternalId, o.ExternalId), StringComparer.Ordinal);
        var entities = targets.GroupBy(t => t.Service, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ServiceEntity(g.Key, g.First().Environment.Id, g.SelectMany(t => t.Labels), zones.GetValueOrDefault(g.Key)))
            .ToList();
        IReadOnlyList<MaintenanceWindow> windows = []; // The catalog defines no maintenance windows; tests write them inline.
        return new AlertTestCatalogResolution(new AlertTestCatalog(metricEvents, profiles, notifications, windows, entities, []), null);
    }

    /// <summary>
    /// The SERVICE entity of a catalog service in one environment, tagged with every label of its workloads in all
    /// regions (docs/dynatrace-mapping.md, "Tags"). The id is derived from service and environment, so it is stable.
    /// </summary>
    public static EntityInfo ServiceEntity(string service, string environment, IEnumerable<KeyValuePair<string, string>> labels, ManagementZoneRef? zone = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var tags = new ServiceEntityScope(service, environment, []).IdentifyingTags
            .Concat(KubernetesTag.FromLabels(labels))
            .Select(t => t.SelectorText)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new EntityInfo(ServiceEntityId(service, environment), "SERVICE", service, tags, zone is null ? [] : [zone]);
    }

    /// <summary><c>SERVICE-</c> and 16 hex digits of SHA-256(<c>service/environment</c>): what series write as <c>dt.entity.service</c>.</summary>
    public static string ServiceEntityId(string service, string environment) =>
        "SERVICE-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(service + "/" + environment)))[..16];

    private static Dictionary<string, string> PlaceholderWebhooks(IEnumerable<ResolvedTarget> targets) =>
        targets.SelectMany(t => t.AlertRules)
            .SelectMany(r => r.Value.Channels)
            .Where(c => c.Kind == ChannelKind.Teams)
            .Select(c => c.Target)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => PlaceholderWebhookBase + Uri.EscapeDataString(c.TrimStart('#')), StringComparer.Ordinal);

    // Sync writes the objectId Dynatrace assigned at each reference; here the objectId is the externalId itself.
    private static JsonElement ResolveReferences(DesiredObject desired)
    {
        var value = desired.Value.DeepClone().AsObject();
        foreach (var reference in desired.References)
        {
            var segments = reference.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var parent = segments[..^1].Aggregate((JsonNode?)value, (node, segment) => node?[segment]);
            if (parent is JsonObject obj)
            {
                obj[segments[^1]] = reference.ExternalId;
            }
        }

        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.Clone();
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    private static string FirstErrors(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var shown = string.Join("; ", errors.Take(3).Select(d => d.ToString()));
        return errors.Count > 3 ? $"{shown} (and {errors.Count - 3} more)" : shown;
    }

    private static AlertTestCatalogResolution Fail(string error) => new(null, error);
}
