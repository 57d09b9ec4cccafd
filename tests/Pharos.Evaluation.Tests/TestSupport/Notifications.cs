using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Alerting profiles and notification objects for tests, through the real readers.</summary>
internal static class Notifications
{
    public static AlertingProfile Profile(string json, string id = "profile-1")
    {
        var bag = new DiagnosticBag();
        var profile = NotificationSettingsReader.ReadProfile(id, JsonDocument.Parse(json).RootElement, bag);
        Assert.True(profile is not null, string.Join("\n", bag.ToSortedList()));
        return profile!;
    }

    public static ProblemNotificationConfig Notification(string json, string id = "notify-1")
    {
        var bag = new DiagnosticBag();
        var config = NotificationSettingsReader.ReadNotification(id, JsonDocument.Parse(json).RootElement, bag);
        Assert.True(config is not null, string.Join("\n", bag.ToSortedList()));
        return config!;
    }

    public static ProblemNotificationConfig Webhook(string payload = WebhookNotification.DefaultPayload, string profile = AlertingProfile.DefaultId, bool merges = false, string id = "notify-1", string url = "https://hooks.example.com/services/T000/B000/secret-token") =>
        Notification($$"""
            {
              "enabled": true, "displayName": "Ops webhook", "type": "WEBHOOK", "alertingProfile": "{{profile}}",
              "webHookNotification": { "url": "{{url}}", "notifyEventMergesEnabled": {{(merges ? "true" : "false")}}, "notifyClosedProblems": true,
                "payload": {{JsonSerializer.Serialize(payload)}}, "headers": [ { "name": "Authorization", "secret": true, "secretValue": "Bearer s3cr3t" } ] }
            }
            """, id);

    public static ProblemNotificationConfig Email(string profile = AlertingProfile.DefaultId, string id = "mail-1") =>
        Notification($$"""
            {
              "displayName": "Ops e-mail", "type": "EMAIL", "alertingProfile": "{{profile}}",
              "emailNotification": { "recipients": ["ops@example.com"], "ccRecipients": ["lead@example.com"], "bccRecipients": [], "notifyClosedProblems": true }
            }
            """, id);
}
