using System.Text.Json.Nodes;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>
/// Alert-rule channels → one <c>builtin:alerting.profile</c> and one
/// <c>builtin:problem.notifications</c> per service × environment × channel
/// (docs/dynatrace-mapping.md, "Routing"). A notification takes exactly one alerting profile, so a
/// profile per channel is what lets each rule notify only its own channels.
/// </summary>
internal sealed class RoutingTranslator
{
    public const int MaxEventFilters = 100;
    public const string SecretUrlPath = "/webHookNotification/secretUrl";

    private static readonly IReadOnlyList<string> SeverityLevels = ["AVAILABILITY", "ERRORS", "PERFORMANCE", "RESOURCE_CONTENTION", "CUSTOM_ALERT"];

    private readonly TranslationOptions _options;
    private readonly IDiagnosticSink _sink;
    private readonly ISet<string> _reportedChannels;

    /// <param name="reportedChannels">Teams channels already reported as missing or invalid, shared so each is reported once.</param>
    public RoutingTranslator(TranslationOptions options, IDiagnosticSink sink, ISet<string> reportedChannels)
    {
        _options = options;
        _sink = sink;
        _reportedChannels = reportedChannels;
    }

    /// <summary>Every Teams channel some rule routes to, for the unused-webhook check.</summary>
    public SortedSet<string> UsedTeamsChannels { get; } = new(StringComparer.Ordinal);

    public IEnumerable<DesiredObject> Translate(ServiceEnvironment context, IReadOnlyList<TranslatedRule> rules)
    {
        foreach (var rule in rules)
        {
            var value = rule.Rule.Value;
            if (!rule.OpensProblems && value.Channels.Count > 0)
            {
                _sink.Add(TranslationDiagnostics.InfoRuleWithChannels(value.Location, value.Name));
            }
            else if (value.Enabled && rule.EventType != "INFO" && value.Channels.Count == 0 && value.Severity?.Value.Trim().ToLowerInvariant() == "critical")
            {
                _sink.Add(TranslationDiagnostics.CriticalRuleWithoutChannels(value.Location, value.Name, context.Service, context.Environment));
            }
        }

        foreach (var route in Routes(rules))
        {
            foreach (var desired in Translate(context, route))
            {
                yield return desired;
            }
        }
    }

    private static IEnumerable<ChannelRoute> Routes(IReadOnlyList<TranslatedRule> rules) =>
        rules.Where(r => r.OpensProblems)
            .SelectMany(r => r.Channels.Select(c => (Channel: c, Rule: r)))
            .GroupBy(x => $"{x.Channel.KindName}:{x.Channel.Target}", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChannelRoute(
                g.First().Channel,
                g.Select(x => x.Rule).DistinctBy(r => r.Object.ExternalId).OrderBy(r => r.Rule.Value.Name, StringComparer.Ordinal).ToList()));

    private IEnumerable<DesiredObject> Translate(ServiceEnvironment context, ChannelRoute route)
    {
        if (route.Channel.Kind == ChannelKind.Teams)
        {
            UsedTeamsChannels.Add(route.Channel.Target);
        }

        if (route.Rules.Count > MaxEventFilters)
        {
            _sink.Add(TranslationDiagnostics.TooManyRoutedRules(route.Channel.Location, route.Channel.Target, context.Service, context.Environment, route.Rules.Count, MaxEventFilters));
            yield break;
        }

        JsonObject? notification = route.Channel.Kind == ChannelKind.Teams ? Teams(context, route) : Email(context, route);
        if (notification is null)
        {
            yield break;
        }

        var source = new Provenance(route.Rules[0].Rule.Source.Layer, route.Channel.Location);
        var profile = context.Create(DesiredObjectKind.AlertingProfile, route.Key, Profile(context, route), source,
            $"alerting profile for {route.Label} of {context.DisplayName}: {string.Join(", ", route.Rules.Select(r => r.Rule.Value.Name))}");
        yield return profile;

        notification["enabled"] = true;
        notification["displayName"] = Text.Limit($"Pharos: {context.DisplayName} → {route.Label}", 100);
        notification["alertingProfile"] = profile.ExternalId;
        yield return context.Create(DesiredObjectKind.Notification, route.Key, notification, source, $"notification to {route.Label} for {context.DisplayName}") with
        {
            References = [new ObjectReference("/alertingProfile", SettingsSchemas.AlertingProfile, profile.ExternalId)],
            SecretPaths = route.Channel.Kind == ChannelKind.Teams ? [SecretUrlPath] : [],
        };
    }

    private static JsonObject Profile(ServiceEnvironment context, ChannelRoute route) => new()
    {
        ["name"] = Text.Limit($"Pharos: {context.DisplayName} → {route.Label}", 100),
        ["severityRules"] = new JsonArray(SeverityLevels.Select(level => (JsonNode)new JsonObject
        {
            ["severityLevel"] = level,
            ["delayInMinutes"] = 0,
            ["tagFilterIncludeMode"] = "NONE",
        }).ToArray()),
        ["eventFilters"] = new JsonArray(route.Rules.Select(rule => (JsonNode)new JsonObject
        {
            ["type"] = "CUSTOM",
            ["customFilter"] = new JsonObject
            {
                ["descriptionFilter"] = new JsonObject
                {
                    ["enabled"] = true,
                    ["value"] = EventRouting.Token(rule.Object.ExternalId),
                    ["operator"] = "CONTAINS",
                    ["negate"] = false,
                    ["caseSensitive"] = true,
                },
            },
        }).ToArray()),
    };

    private JsonObject? Teams(ServiceEnvironment context, ChannelRoute route)
    {
        var channel = route.Channel.Target;
        if (!_options.TeamsWebhookUrls.TryGetValue(channel, out var url))
        {
            if (_reportedChannels.Add(channel))
            {
                _sink.Add(TranslationDiagnostics.MissingTeamsWebhook(route.Channel.Location, channel, _options.TeamsWebhookUrls.Keys));
            }

            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            if (_reportedChannels.Add(channel))
            {
                _sink.Add(TranslationDiagnostics.InvalidTeamsWebhook(channel));
            }

            return null;
        }

        return new JsonObject
        {
            ["type"] = "WEBHOOK",
            ["webHookNotification"] = new JsonObject
            {
                // The URL carries the webhook's signature: keep it a secret Dynatrace masks on read.
                ["urlContainsSecret"] = true,
                ["secretUrl"] = url,
                ["acceptAnyCertificate"] = false,
                ["notifyEventMergesEnabled"] = false,
                ["notifyClosedProblems"] = true,
                ["headers"] = new JsonArray(),
                ["payload"] = TeamsCard.Payload(context),
                ["useOAuth2"] = false,
            },
        };
    }

    private static JsonObject Email(ServiceEnvironment context, ChannelRoute route) => new()
    {
        ["type"] = "EMAIL",
        ["emailNotification"] = new JsonObject
        {
            ["recipients"] = new JsonArray(route.Channel.Target),
            ["ccRecipients"] = new JsonArray(),
            ["bccRecipients"] = new JsonArray(),
            ["subject"] = Text.Limit($"{{State}} {{ProblemSeverity}} problem {{ProblemID}} on {context.DisplayName}: {{ProblemTitle}}", 1000),
            ["body"] = "{ProblemDetailsHTML}",
            ["notifyClosedProblems"] = true,
        },
    };
}
