using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>
/// The one place translation diagnostics (PH30xx) are created; docs/dynatrace-mapping.md lists
/// them. Every message says what Pharos did and how to fix the catalog or the sync input.
/// </summary>
public static class TranslationDiagnostics
{
    public static Diagnostic InvalidCatalogId(string catalogId) =>
        Error("PH3001", null, $"the catalog id '{catalogId}' cannot be part of an externalId: use 1 to 40 lower-case letters, digits and inner '-', e.g. 'platform-next'. Nothing was translated.");

    public static Diagnostic ConditionNotTranslated(SourceLocation? at, string service, string environment, string rule, string firstProblem) =>
        Error("PH3002", at, $"alert rule '{rule}' of {service} in {environment} was not translated because its condition does not compile ({firstProblem}). Fix the condition; 'pharos validate' shows every problem.");

    public static Diagnostic RegionsDiffer(SourceLocation? at, string service, string environment, string item, string firstRegion, string otherRegion) =>
        Error("PH3003", at, $"{item} of {service} in {environment} differs between regions {firstRegion} and {otherRegion}, but Pharos creates one Dynatrace object per service and environment. Remove {{REGION}} from the item (or make it identical in every region); the {firstRegion} version is used.");

    public static Diagnostic MetricMetadataConflict(SourceLocation? at, string metricKey, string firstService, string otherService, SourceLocation? first) =>
        Error("PH3004", at, $"metric '{metricKey}' is defined differently for {otherService} than for {firstService} (at {first?.ToString() ?? "an earlier layer"}); Dynatrace holds one metadata object per metric key. Make the definitions identical (description, unit, dimensions) or rename one metric.");

    public static Diagnostic PercentileApproximated(SourceLocation? at, string rule, string metric, string aggregation, string used) =>
        Warning("PH3005", at, $"alert rule '{rule}': Dynatrace keeps custom metric '{metric}' as min/max/sum/count, so its aggregation '{aggregation}' cannot be evaluated; Pharos alerts on ':{used}' instead. To alert on the exact {aggregation}, have the application send it as its own gauge (e.g. '{metric}_{aggregation}') and use that metric.");

    public static Diagnostic MixedScopes(SourceLocation? at, string rule) =>
        Warning("PH3006", at, $"alert rule '{rule}' combines metrics of different entities (service metrics, host metrics, metrics of the service's pods), which Dynatrace cannot match series by series; Pharos evaluates it as one series for the whole environment, not per region. Split it into one rule per kind of metric to alert per region.");

    public static Diagnostic MissingTeamsWebhook(SourceLocation? at, string channel, IEnumerable<string> knownChannels) =>
        Error("PH3007", at, $"no webhook URL for Teams channel '{channel}', so its notification was not created.{NameSuggester.DidYouMean(channel, knownChannels)} Add the channel's incoming-webhook (or Workflows) URL to the Teams webhook map sync reads, e.g. \"{channel}\": \"https://…\".");

    public static Diagnostic InvalidTeamsWebhook(string channel) =>
        Error("PH3008", null, $"the webhook URL given for Teams channel '{channel}' is not an absolute https URL, so its notification was not created. Use the https URL Teams shows for the channel's webhook.");

    public static Diagnostic InfoRuleWithChannels(SourceLocation? at, string rule) =>
        Warning("PH3009", at, $"alert rule '{rule}' has severity info, which records a Dynatrace event but never opens a problem, so its channels are never notified. Use severity warning to notify them, or remove the channels.");

    public static Diagnostic CriticalRuleWithoutChannels(SourceLocation? at, string rule, string service, string environment) =>
        Warning("PH3010", at, $"critical alert rule '{rule}' of {service} in {environment} notifies nobody: its problem opens in Dynatrace but no channel is told. Add channels (teams or email) to the rule.");

    public static Diagnostic UnknownSeverity(SourceLocation? at, string rule, string? severity) =>
        Error("PH3011", at, $"alert rule '{rule}' was not translated: its severity is {(severity is null ? "missing" : $"'{severity}'")}.{(severity is null ? "" : NameSuggester.DidYouMean(severity, EventTypes.Severities))} Use critical, warning or info.");

    public static Diagnostic TooManyRoutedRules(SourceLocation? at, string channel, string service, string environment, int count, int max) =>
        Error("PH3012", at, $"{count} alert rules of {service} in {environment} notify '{channel}', but an alerting profile holds at most {max} event filters; the channel's notification was not created. Route some rules to another channel.");

    public static Diagnostic TooManyObjects(string schemaId, int count, int max) =>
        Error("PH3013", null, $"the catalog needs {count} objects of {schemaId}, but Dynatrace keeps at most {max} per environment. Reduce the number of services, rules or channels, or split the catalog across tenants.");

    public static Diagnostic UnknownUnit(SourceLocation? at, string metric, string unit) =>
        Warning("PH3014", at, $"metric '{metric}' has unit '{unit}', which has no Dynatrace unit; its metadata uses 'Unspecified'.{NameSuggester.DidYouMean(unit, Catalog.Model.MetricFacts.Units.Keys)} Use one of: {string.Join(", ", Catalog.Model.MetricFacts.Units.Keys)}.");

    public static Diagnostic UnusedTeamsWebhook(string channel, IEnumerable<string> usedChannels) =>
        Warning("PH3015", null, $"the Teams webhook map has a URL for '{channel}', but no alert rule notifies that channel.{NameSuggester.DidYouMean(channel, usedChannels)} Remove it from the map or correct its name.");

    public static Diagnostic RuleWithoutCondition(SourceLocation? at, string rule, string service, string environment) =>
        Error("PH3016", at, $"alert rule '{rule}' of {service} in {environment} has no condition, so no metric event was created. Give it a condition, or only switch an inherited rule off with '{{name: {rule}, enabled: false}}'.");

    private static Diagnostic Error(string code, SourceLocation? at, string message) => new(code, Severity.Error, message, at);

    private static Diagnostic Warning(string code, SourceLocation? at, string message) => new(code, Severity.Warning, message, at);
}
