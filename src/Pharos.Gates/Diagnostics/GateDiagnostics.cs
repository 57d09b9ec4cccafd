using System.Globalization;
using Pharos.Core.Diagnostics;

namespace Pharos.Gates.Diagnostics;

/// <summary>
/// The one place gate and deployment-event diagnostics are created. Codes are stable and listed in
/// docs/gates.md: PH6001–PH6019 deployment-event input and Dynatrace's event limits, PH6020–PH6029
/// CI detection, PH6030–PH6039 ingest results, PH6040–PH6059 gate policy, PH6060–PH6069
/// traceability. Every message says how to fix the problem.
/// </summary>
internal static class GateDiagnostics
{
    public static Diagnostic MissingRequired(string flag, string what) =>
        Error("PH6001", $"{flag} is required: it gives the deployment's {what}. Pass {flag} <value>.");

    public static Diagnostic TooManyProperties(int count, int limit) =>
        Error("PH6002", $"the event has {count} properties, but Dynatrace accepts at most {limit}. Remove {count - limit} of the --property values.");

    public static Diagnostic PropertyKeyTooLong(string key, int limit) =>
        Error("PH6003", $"property key '{Shorten(key)}' has {key.Length} characters, but Dynatrace accepts at most {limit}. Use a shorter key.");

    public static Diagnostic PropertyValueTooLong(string key, int length, int limit) =>
        Error("PH6004", $"the value of property '{key}' has {length} characters, but Dynatrace accepts at most {limit}. Shorten it or link to the full text instead.");

    public static Diagnostic EmptyPropertyKey() =>
        Error("PH6005", "a property has an empty key. Write properties as key=value with a non-empty key.");

    public static Diagnostic ReservedPropertyKey(string key) =>
        Error("PH6006", $"property key '{key}' is in Dynatrace's reserved dt.* namespace, where only dt.event.*, dt.davis.* and dt.entity.* keys are accepted. Rename it, e.g. without the 'dt.' prefix.");

    public static Diagnostic PropertyOverridesBuiltIn(string key, string flag) =>
        Error("PH6007", $"property '{key}' is set by Pharos from {flag}; a --property with the same key would silently replace it. Use {flag} instead.");

    public static Diagnostic InvalidLink(string flag, string value) =>
        Error("PH6008", $"{flag} '{Shorten(value)}' is not an absolute http(s) URL, so Dynatrace could not link back to it. Pass the full URL, e.g. https://github.com/org/repo/actions/runs/123.");

    public static Diagnostic EmptyEntitySelector() =>
        Error("PH6009", "the deployment event has no entity selector, so Dynatrace would attach it to the whole environment instead of the service. Pass the service's entity selector.");

    public static Diagnostic EntitySelectorTooLong(int length, int limit) =>
        Error("PH6010", $"the entity selector has {length} characters, but Dynatrace accepts at most {limit}. Select the service by its tags instead of listing entity ids.");

    public static Diagnostic StartTimeTooOld(DateTimeOffset start, TimeSpan limit) =>
        Error("PH6011", $"the start time {Time(start)} is more than {limit.TotalDays:0} days in the past, which Dynatrace rejects for info events such as CUSTOM_DEPLOYMENT. Send the event when the deployment happens.");

    public static Diagnostic StartTimeInFuture(DateTimeOffset start, TimeSpan limit) =>
        Error("PH6012", $"the start time {Time(start)} is more than {limit.TotalDays:0} days in the future, which Dynatrace rejects. Check the clock or the --start value.");

    public static Diagnostic UnusualCommit(string commit) =>
        Warning("PH6013", $"commit '{Shorten(commit)}' is not a 7–64 character hexadecimal git SHA, so it cannot be matched to a commit later. Pass the full SHA (git rev-parse HEAD).");

    public static Diagnostic DuplicateProperty(string key) =>
        Error("PH6014", $"property '{key}' is given more than once. Keep one --property {key}=… value.");

    public static Diagnostic ReadFromCi(string what, string variable) =>
        Info("PH6020", $"{what} read from {variable}.");

    public static Diagnostic AmbiguousCi() =>
        Warning("PH6021", "both GITHUB_ACTIONS and GITLAB_CI are set; using GitHub Actions variables. Pass --commit, --pipeline-url and --project explicitly to be sure.");

    public static Diagnostic CiVariableMissing(string provider, string variable, string what) =>
        Warning("PH6022", $"running in {provider} but {variable} is not set, so the {what} is unknown. Pass it explicitly.");

    public static Diagnostic NotTraceable() =>
        Warning("PH6023", "the deployment has neither a commit nor a pipeline link, so 'pharos trace' cannot say which change caused a problem. Pass --commit and --pipeline-url, or run in GitHub Actions or GitLab CI.");

    public static Diagnostic NoEntityMatched(string entitySelector) =>
        Error("PH6030", $"Dynatrace accepted the event but attached it to no entity: the selector {Shorten(entitySelector)} matched nothing active in the last 24 hours. Check the service's tags and that it has received traffic.");

    public static Diagnostic EntityResultNotOk(string? correlationId, string status) =>
        Error("PH6031", $"Dynatrace rejected the event for one entity (correlation id {correlationId ?? "none"}) with {status}: {StatusHint(status)}");

    public static Diagnostic SendFailed(string reason) =>
        Error("PH6032", $"the deployment event could not be sent: {reason} Check the environment URL, the network and that the token has the events.ingest scope.");

    public static Diagnostic DurationTooShort(string setting, TimeSpan value, TimeSpan minimum, SourceLocation? location) =>
        Error("PH6040", $"gate policy '{setting}' is {Span(value)}, but must be {(minimum == TimeSpan.Zero ? "zero or longer" : "longer than zero")}. Use a duration such as 30m.", location);

    public static Diagnostic UnknownSeverity(string setting, string severity, IEnumerable<string> known, SourceLocation? location) =>
        Error("PH6041", $"gate policy '{setting}' names unknown severity '{severity}'.{NameSuggester.DidYouMean(severity, known)} Use one of {string.Join(", ", known)}.", location);

    public static Diagnostic SeverityBlocksAndWarns(string severity, SourceLocation? location) =>
        Error("PH6042", $"severity '{severity}' is in both blockingSeverities and warningSeverities of the pre-deploy policy. Keep it in one of them.", location);

    public static Diagnostic OutOfRange(string setting, double value, string range, SourceLocation? location) =>
        Error("PH6043", $"gate policy '{setting}' is {Number(value)}, outside {range}. Use a value in that range.", location);

    public static Diagnostic DuplicateCanaryMetric(string name, SourceLocation? location) =>
        Error("PH6044", $"canary metric '{name}' is defined twice. Give each metric a unique name.", location);

    public static Diagnostic EmptyCanaryMetricSelector(string name, SourceLocation? location) =>
        Error("PH6045", $"canary metric '{name}' has no metric selector. Add one, e.g. builtin:service.errors.total.rate:splitBy().", location);

    public static Diagnostic ArmTemplateWithoutVersion(string template, SourceLocation? location) =>
        Error("PH6046", $"canary armSelectorTemplate '{Shorten(template)}' has no {{version}} placeholder, so canary and stable would select the same entities. Add {{version}}, e.g. tag(\"[Kubernetes]app.kubernetes.io/version:{{version}}\").", location);

    public static Diagnostic BudgetThresholdsReversed(double fail, double warn, SourceLocation? location) =>
        Error("PH6047", $"the SLO policy warns below {Number(warn)} % remaining error budget but fails below {Number(fail)} %, so it could fail without warning first. Make warnBelowRemainingBudgetPercent at least failBelowRemainingBudgetPercent.", location);

    public static Diagnostic ProblemNotFound(string problemId) =>
        Error("PH6060", $"the environment has no problem '{problemId}'. Use the problem id or display id (P-…) shown in Dynatrace.");

    public static Diagnostic TraceDataUnavailable(string reason) =>
        Error("PH6061", $"the environment could not answer: {reason} Check the environment URL, the network and that the token has the problems.read and events.read scopes.");

    public static Diagnostic CommentFailed(string problem, string reason) =>
        Error("PH6062", $"could not comment the deployment onto problem {problem}: {reason} Check that the token has the problems.read and problems.write scopes.");

    private static string StatusHint(string status) => status switch
    {
        "INVALID_ENTITY_TYPE" => "this entity type cannot carry a CUSTOM_DEPLOYMENT event. Select services or process group instances.",
        "INVALID_METADATA" => "a property key or value is not accepted. Check the dt.event.* properties and the --property values.",
        "INVALID_TIMESTAMPS" => "the start or end time is outside what Dynatrace accepts (30 days back, 7 days ahead). Check the clock.",
        _ => "see the Dynatrace event ingest documentation for this status.",
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Span(TimeSpan value) => (value < TimeSpan.Zero ? "-" : "") + Evaluation.GateFormat.Duration(value.Duration());

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static Diagnostic Error(string code, string message, SourceLocation? location = null) => new(code, Severity.Error, message, location);

    private static Diagnostic Warning(string code, string message) => new(code, Severity.Warning, message, null);

    private static Diagnostic Info(string code, string message) => new(code, Severity.Info, message, null);
}
