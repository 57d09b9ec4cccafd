using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Notifications;

/// <summary>Reads <c>builtin:alerting.profile</c> and <c>builtin:problem.notifications</c> values. Never throws on input; null when they have errors.</summary>
public static class NotificationSettingsReader
{
    public const string ProfileSchemaId = "builtin:alerting.profile";

    public const string NotificationSchemaId = "builtin:problem.notifications";

    public static AlertingProfile? ReadProfile(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = new SettingsReader($"alerting profile '{objectId}'", sink, locator);
        var rules = new List<SeverityRule>();
        var hasRules = reader.TryGet(value, "severityRules", out _);
        var items = reader.List(value, "", "severityRules");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index("severityRules", i);
            var mode = reader.Choice(items[i], at, "tagFilterIncludeMode", TagFilterIncludeMode.None);
            rules.Add(new SeverityRule(
                reader.Choice(items[i], at, "severityLevel", SeverityRuleLevel.Availability),
                reader.Integer(items[i], at, "delayInMinutes", 0, 0, 10000),
                mode,
                mode == TagFilterIncludeMode.None ? [] : reader.TextList(items[i], at, "tagFilter")));
        }

        var filters = new List<AlertingEventFilter>();
        var filterItems = reader.List(value, "", "eventFilters");
        for (var i = 0; i < filterItems.Count; i++)
        {
            var at = SettingsReader.Index("eventFilters", i);
            var type = reader.Choice(filterItems[i], at, "type", EventFilterType.Predefined);
            filters.Add(type == EventFilterType.Predefined
                ? new AlertingEventFilter(type, Predefined(reader, filterItems[i], at), null)
                : new AlertingEventFilter(type, null, Custom(reader, filterItems[i], at)));
        }

        var profile = new AlertingProfile(
            objectId,
            reader.Text(value, "", "name", "", required: true, hint: "(the profile's name)") ?? "",
            reader.Text(value, "", "managementZone", null),
            hasRules ? rules : AlertingProfile.DefaultRules,
            filters);
        return reader.HasErrors ? null : profile;
    }

    public static ProblemNotificationConfig? ReadNotification(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = new SettingsReader($"problem notification '{objectId}'", sink, locator);
        var type = reader.Choice(value, "", "type", NotificationType.Webhook);
        WebhookNotification? webhook = null;
        EmailNotification? email = null;
        if (type == NotificationType.Webhook)
        {
            webhook = Webhook(reader, reader.Object(value, "", "webHookNotification", required: true, hint: "when type is WEBHOOK") ?? default);
        }
        else if (type == NotificationType.Email)
        {
            email = Email(reader, reader.Object(value, "", "emailNotification", required: true, hint: "when type is EMAIL") ?? default);
        }
        else
        {
            reader.Report(EvaluationDiagnostics.UnsupportedNotificationType(reader.Locate("type"), reader.Source, WireNames.Of(type)));
        }

        var config = new ProblemNotificationConfig(
            objectId,
            reader.Boolean(value, "", "enabled", true),
            reader.Text(value, "", "displayName", "", required: true, hint: "(the name shown in the delivery log)") ?? "",
            type,
            reader.Text(value, "", "alertingProfile", AlertingProfile.DefaultId) ?? AlertingProfile.DefaultId,
            webhook,
            email);
        return reader.HasErrors ? null : config;
    }

    private static PredefinedEventFilter Predefined(SettingsReader reader, JsonElement item, string at)
    {
        var p = reader.Object(item, at, "predefinedFilter", required: true, hint: "when type is PREDEFINED") ?? default;
        var path = SettingsReader.Join(at, "predefinedFilter");
        return new PredefinedEventFilter(reader.Text(p, path, "eventType", "OSI_HIGH_CPU") ?? "OSI_HIGH_CPU", reader.Boolean(p, path, "negate", false));
    }

    private static CustomEventFilter Custom(SettingsReader reader, JsonElement item, string at)
    {
        var c = reader.Object(item, at, "customFilter", required: true, hint: "when type is CUSTOM") ?? default;
        var path = SettingsReader.Join(at, "customFilter");
        var metadata = new List<MetadataFilterItem>();
        var m = reader.Object(c, path, "metadataFilter");
        if (m is { } mf)
        {
            var items = reader.List(mf, SettingsReader.Join(path, "metadataFilter"), "metadataFilterItems");
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = SettingsReader.Index(SettingsReader.Join(path, "metadataFilter.metadataFilterItems"), i);
                metadata.Add(new MetadataFilterItem(
                    reader.Text(items[i], itemPath, "metadataKey", "") ?? "",
                    reader.Text(items[i], itemPath, "metadataValue", "") ?? "",
                    reader.Boolean(items[i], itemPath, "negate", false)));
            }
        }

        return new CustomEventFilter(Text(reader, c, path, "titleFilter"), Text(reader, c, path, "descriptionFilter"), metadata);
    }

    private static TextFilter? Text(SettingsReader reader, JsonElement obj, string path, string name)
    {
        if (reader.Object(obj, path, name) is not { } f)
        {
            return null;
        }

        var at = SettingsReader.Join(path, name);
        return new TextFilter(
            reader.Boolean(f, at, "enabled", true),
            reader.Text(f, at, "value", "") ?? "",
            reader.Choice(f, at, "operator", ComparisonOperator.Contains),
            reader.Boolean(f, at, "negate", false),
            reader.Boolean(f, at, "caseSensitive", false));
    }

    private static WebhookNotification Webhook(SettingsReader reader, JsonElement w)
    {
        const string path = "webHookNotification";
        var secret = reader.NullableBoolean(w, path, "urlContainsSecret") == true;
        var url = secret
            ? reader.Text(w, path, "secretUrl", "", required: true, hint: "when urlContainsSecret is true") ?? ""
            : reader.Text(w, path, "url", "", required: true, hint: "(the http(s) address the webhook posts to)") ?? "";
        var headers = new List<WebhookHeader>();
        var items = reader.List(w, path, "headers");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index(SettingsReader.Join(path, "headers"), i);
            var isSecret = reader.Boolean(items[i], at, "secret", false);
            headers.Add(new WebhookHeader(
                reader.Text(items[i], at, "name", "", required: true, hint: "in a header") ?? "",
                isSecret,
                reader.Text(items[i], at, isSecret ? "secretValue" : "value", "") ?? ""));
        }

        return new WebhookNotification(
            url,
            secret,
            reader.Boolean(w, path, "acceptAnyCertificate", false),
            reader.Boolean(w, path, "notifyEventMergesEnabled", false),
            reader.Boolean(w, path, "notifyClosedProblems", true),
            headers,
            reader.Text(w, path, "payload", WebhookNotification.DefaultPayload) ?? WebhookNotification.DefaultPayload);
    }

    private static EmailNotification Email(SettingsReader reader, JsonElement e)
    {
        const string path = "emailNotification";
        var recipients = reader.TextList(e, path, "recipients");
        if (recipients.Count == 0)
        {
            reader.Report(EvaluationDiagnostics.SettingMissing(reader.Locate(SettingsReader.Join(path, "recipients")), reader.Source, SettingsReader.Join(path, "recipients"), "(at least one address)"));
        }

        return new EmailNotification(
            recipients,
            reader.TextList(e, path, "ccRecipients"),
            reader.TextList(e, path, "bccRecipients"),
            reader.Text(e, path, "subject", EmailNotification.DefaultSubject) ?? EmailNotification.DefaultSubject,
            reader.Text(e, path, "body", EmailNotification.DefaultBody) ?? EmailNotification.DefaultBody,
            reader.Boolean(e, path, "notifyClosedProblems", true));
    }
}
