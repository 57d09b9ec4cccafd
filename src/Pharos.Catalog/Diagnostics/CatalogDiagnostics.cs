using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Diagnostics;

/// <summary>
/// The one place catalog diagnostics are created. Codes are stable and documented in
/// docs/diagnostics.md: PH10xx documents, PH11xx services, PH12xx monitoring items and SLOs,
/// PH13xx the metrics catalog, PH14xx output. Every message says how to fix the problem.
/// </summary>
public static class CatalogDiagnostics
{
    // ---- PH10xx: reading documents -------------------------------------------------------
    public static Diagnostic YamlSyntax(SourceLocation at, string detail) =>
        Error("PH1001", at, $"YAML syntax error: {detail}.");

    public static Diagnostic JsonSyntax(SourceLocation at, string detail) =>
        Error("PH1002", at, $"JSON syntax error: {detail}.");

    public static Diagnostic FileMissing(string path, string purpose) =>
        Error("PH1003", new SourceLocation(path, 1, 1), $"file not found: {path} should hold {purpose}. Create it, or point --catalog at the folder that has it.");

    public static Diagnostic WrongNodeKind(SourceLocation at, string field, string expected, string actual) =>
        Error("PH1004", at, $"'{field}' must be {expected}, but is {actual}.");

    public static Diagnostic UnknownField(SourceLocation at, string field, string context, IEnumerable<string> known) =>
        Error("PH1005", at, $"unknown field '{field}' in {context}.{NameSuggester.DidYouMean(field, known)} Known fields: {string.Join(", ", known)}.");

    public static Diagnostic RequiredField(SourceLocation at, string field, string context) =>
        Error("PH1006", at, $"{context} is missing the required field '{field}'. Add it.");

    public static Diagnostic InvalidScalar(SourceLocation at, string field, string expected, string value) =>
        Error("PH1007", at, $"'{field}' must be {expected}, but is '{value}'.");

    public static Diagnostic DuplicateKey(SourceLocation at, string key, SourceLocation first) =>
        Error("PH1008", at, $"key '{key}' appears twice in the same mapping (first at line {first.Line}). Remove one of them.");

    // ---- PH11xx: services and environments -----------------------------------------------
    public static Diagnostic DuplicateService(SourceLocation at, string name, SourceLocation first) =>
        Error("PH1101", at, $"service '{name}' is defined twice (first at {first}). Service names must be unique; rename or merge one.");

    public static Diagnostic InvalidName(SourceLocation at, string what, string name) =>
        Error("PH1102", at, $"{what} '{name}' is not a valid name: use 1–63 lower-case letters, digits and '-', starting with a letter and not ending with '-' (it becomes part of Kubernetes names and Dynatrace identifiers).");

    public static Diagnostic EmptyEnabledIn(SourceLocation at, string service) =>
        Error("PH1103", at, $"service '{service}' has no environments in 'enabledIn', so nothing would be generated. List at least one, e.g. [int-stable, prod].");

    public static Diagnostic InvalidEnvironment(SourceLocation at, string value, IEnumerable<string> tiers) =>
        Error("PH1104", at, $"environment '{value}' has an unknown tier '{EnvironmentTierOf(value)}'. An environment is <tier>[-<channel>] with tier one of {string.Join(", ", tiers)}.{NameSuggester.DidYouMean(EnvironmentTierOf(value), tiers)}");

    public static Diagnostic UnknownProfile(SourceLocation at, string profile, IEnumerable<string> known) =>
        Error("PH1105", at, $"monitoring profile '{profile}' is not defined in monitoring-profiles.yaml.{NameSuggester.DidYouMean(profile, known)} Defined profiles: {Join(known)}.");

    public static Diagnostic OverrideForDisabledEnvironment(SourceLocation at, string service, string env, IEnumerable<string> enabled) =>
        Error("PH1106", at, $"service '{service}' overrides environment '{env}', which is not in its enabledIn ({Join(enabled)}). Add '{env}' to enabledIn or remove the override.{NameSuggester.DidYouMean(env, enabled)}");

    public static Diagnostic NoRegions(SourceLocation at, string service) =>
        Error("PH1107", at, $"service '{service}' has no regions, so nothing would be generated. List at least one, e.g. regions: [euw1].");

    public static Diagnostic InvalidLabelValue(SourceLocation at, string field, string value) =>
        Error("PH1108", at, $"'{field}' value '{value}' cannot be a Kubernetes label value (≤ 63 characters of letters, digits, '-', '_', '.', starting and ending alphanumeric). It is written as a label on the generated ConfigMap; change it.");

    public static Diagnostic DuplicateListValue(SourceLocation at, string field, string value) =>
        Error("PH1109", at, $"'{field}' lists '{value}' twice. Remove the duplicate.");

    public static Diagnostic UnknownOverrideEnvironment(SourceLocation at, string profile, string key, IEnumerable<string> tiers) =>
        Warning("PH1110", at, $"profile '{profile}' has environmentOverrides for '{key}', which is neither a tier ({Join(tiers)}) nor an environment any service using the profile is enabled in, so it never applies.{NameSuggester.DidYouMean(key, tiers)}");

    // ---- PH12xx: metrics, alert rules, dashboards, SLOs -----------------------------------
    public static Diagnostic InvalidMetricKey(SourceLocation at, string name, string reason) =>
        Error("PH1201", at, $"metric name '{name}' is not a valid Dynatrace metric key: {reason}. Keys use letters, digits, '_' and '-' in dot-separated sections, 3–255 characters, not starting with a digit or '-'.");

    public static Diagnostic UnknownMetricType(SourceLocation at, string metric, string type) =>
        Error("PH1202", at, $"metric '{metric}' has unknown type '{type}'.{NameSuggester.DidYouMean(type, Catalog.Model.MetricFacts.Types)} Use one of {Join(Catalog.Model.MetricFacts.Types)}.");

    public static Diagnostic UnknownUnit(SourceLocation at, string metric, string unit) =>
        Error("PH1203", at, $"metric '{metric}' has unknown unit '{unit}'.{NameSuggester.DidYouMean(unit, Catalog.Model.MetricFacts.Units.Keys)} Use one of {Join(Catalog.Model.MetricFacts.Units.Keys)}.");

    public static Diagnostic DuplicateItem(SourceLocation at, string kind, string name, SourceLocation first) =>
        Error("PH1204", at, $"{kind} '{name}' is defined twice in the same layer (first at {first}). Names are keys within a layer; remove or rename one.");

    public static Diagnostic MetricTypeConflict(SourceLocation at, string name, string type, string otherType, SourceLocation other) =>
        Error("PH1205", at, $"metric '{name}' is a {type} here but a {otherType} at {other}. A metric keeps one type in every layer; Dynatrace cannot change a metric's type. Rename one of them or make the types agree.");

    public static Diagnostic UnknownAggregation(SourceLocation at, string metric, string aggregation) =>
        Error("PH1206", at, $"metric '{metric}' has unknown aggregation '{aggregation}'.{NameSuggester.DidYouMean(aggregation, Catalog.Model.MetricFacts.Aggregations)} Use one of {Join(Catalog.Model.MetricFacts.Aggregations)}.");

    public static Diagnostic InvalidSeverity(SourceLocation at, string rule, string severity) =>
        Error("PH1207", at, $"alert rule '{rule}' has severity '{severity}'.{NameSuggester.DidYouMean(severity, Catalog.Model.AlertFacts.Severities)} Use one of {Join(Catalog.Model.AlertFacts.Severities)}.");

    public static Diagnostic UnknownTarget(SourceLocation at, string rule, string target) =>
        Error("PH1208", at, $"alert rule '{rule}' targets '{target}', which is not a known entity kind.{NameSuggester.DidYouMean(target, Catalog.Model.AlertFacts.Targets)} Use one of {Join(Catalog.Model.AlertFacts.Targets)}.");

    public static Diagnostic InvalidChannel(SourceLocation at, string value) =>
        Error("PH1209", at, $"notification channel '{value}' is not recognised. Write a Teams channel as '#name' (or 'teams-<name>'), an e-mail address with '@', or use the mapping form {{teams: [...], email: [...]}}.");

    public static Diagnostic SloOutOfRange(SourceLocation at, string slo, double value, string range) =>
        Error("PH1210", at, $"SLO '{slo}' is {Format(value)}, outside {range}.");

    public static Diagnostic UnresolvedPlaceholder(SourceLocation at, string placeholder) =>
        Error("PH1211", at, $"unknown placeholder '{{{placeholder}}}'.{NameSuggester.DidYouMean(placeholder, Catalog.Resolution.Placeholders.Names)} Pharos substitutes {Join(Catalog.Resolution.Placeholders.Names.Select(n => "{" + n + "}"))}; Dynatrace's own mixed-case placeholders such as {{RequestPath}} are kept.");

    public static Diagnostic LatencyOrder(SourceLocation at, double p95, double p99) =>
        Warning("PH1212", at, $"latency SLO p99 ({Format(p99)} ms) is below p95 ({Format(p95)} ms); a 99th percentile cannot be faster than the 95th. Raise p99Baseline or lower p95Baseline.");

    public static Diagnostic InvalidDimension(SourceLocation at, string metric, string dimension) =>
        Error("PH1213", at, $"metric '{metric}' has dimension '{dimension}', which is not a valid Dynatrace dimension key (lower-case letters, digits, '-', '_', '.', ':'; at most 100 characters, starting with a letter or '_').");

    public static Diagnostic MissingCondition(SourceLocation at, string rule) =>
        Error("PH1215", at, $"alert rule '{rule}' has no condition, and no lower layer defines a rule of that name to switch off. Add condition: …, or fix the name.");

    // ---- PH123x: gates blocks (delivery gate policy) --------------------------------------
    public static Diagnostic InvalidGateDuration(SourceLocation at, string setting, string value, string range) =>
        Error("PH1230", at, $"gates setting '{setting}' must be a duration {range} such as 90s, 10m, 1h30m or 2d, but is '{value}'.");

    public static Diagnostic UnknownGateSeverity(SourceLocation at, string setting, string value, IEnumerable<string> known) =>
        Error("PH1231", at, $"gates setting '{setting}' names the problem severity '{value}', which Dynatrace does not have.{NameSuggester.DidYouMean(value.ToUpperInvariant(), known)} Use one of {Join(known)}.");

    public static Diagnostic GateSeverityBlocksAndWarns(SourceLocation at, string severity, string blockingIn, string warningIn) =>
        Error("PH1232", at, $"problem severity '{severity}' is in gates preDeploy.blockingSeverities ({blockingIn}) and in preDeploy.warningSeverities ({warningIn}); a pre-deploy gate cannot both block and warn on it. Remove it from one of the lists.");

    public static Diagnostic GateSettingOutOfRange(SourceLocation at, string setting, double value, string range) =>
        Error("PH1233", at, $"gates setting '{setting}' is {Format(value)}, but must be {range}.");

    public static Diagnostic GateBudgetThresholdsReversed(SourceLocation at, double warnBelow, double failBelow) =>
        Error("PH1234", at, $"gates slo.warnBelowRemainingBudgetPercent ({Format(warnBelow)}) is below slo.failBelowRemainingBudgetPercent ({Format(failBelow)}), so the SLO gate would fail before it ever warns. Raise the warning threshold or lower the failing one (a setting left out keeps its default: fail below 0, warn below 20).");

    // ---- PH13xx: metrics catalog -----------------------------------------------------------
    public static Diagnostic MetricsCatalogUnavailable(SourceLocation at, string service, string url, string reference, string detail) =>
        Error("PH1301", at, $"service '{service}': cannot read metrics catalog '{url}' at ref '{reference}': {detail}. Check the url and that you can reach it (git ls-remote {url}), or use --metrics-catalog PATH with a local working copy.");

    public static Diagnostic MetricsCatalogRefMissing(SourceLocation at, string service, string url, string reference) =>
        Error("PH1302", at, $"service '{service}': metrics catalog '{url}' has no tag, branch or commit '{reference}'. List what exists with: git ls-remote --tags {url}");

    public static Diagnostic UnknownMetricsProfile(SourceLocation at, string service, string profile, string catalog, IEnumerable<string> known) =>
        Error("PH1303", at, $"service '{service}' lists metrics-catalog profile '{profile}', but {catalog} has neither profiles/{profile}/ nor services/{service}/{profile}.yaml.{NameSuggester.DidYouMean(profile, known)}");

    public static Diagnostic MetricsFileWithoutPayload(SourceLocation at, string file) =>
        Warning("PH1304", at, $"{file} has no data.\"dynatrace-custom-metrics.json\", so it contributes nothing. Add the key or move the file out of the metrics catalog.");

    public static Diagnostic MetricsCatalogWithoutRepository(SourceLocation at, string service) =>
        Error("PH1305", at, $"service '{service}' lists metrics-catalog profiles but no customMetrics.repository.url. Add repository: {{url: …, ref: …}} or pass --metrics-catalog PATH.");

    public static Diagnostic MetricsCatalogNotConfigMap(SourceLocation at, string file, string kind) =>
        Warning("PH1306", at, $"{file} is a {kind}, not a ConfigMap; metrics-catalog files are ConfigMaps whose data holds dynatrace-custom-metrics.json. The file is ignored.");

    public static Diagnostic MetricsCatalogStale(SourceLocation at, string detail) =>
        Warning("PH1307", at, $"{detail}. Pin a tag or commit for reproducible output.");

    // ---- PH14xx: output ----------------------------------------------------------------------
    public static Diagnostic OutputNotOwned(string directory) =>
        Error("PH1401", new SourceLocation(directory, 1, 1), $"--out '{directory}' is not empty and was not written by pharos (no .pharos-generated marker). Pharos deletes stale files in its output folder, so it refuses to touch this one. Choose an empty or new folder.");

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(code, Severity.Error, message, at);

    private static Diagnostic Warning(string code, SourceLocation at, string message) => new(code, Severity.Warning, message, at);

    private static string Join(IEnumerable<string> values) => string.Join(", ", values);

    private static string Format(double value) => value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    private static string EnvironmentTierOf(string env)
    {
        var dash = env.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? env : env[..dash];
    }
}
