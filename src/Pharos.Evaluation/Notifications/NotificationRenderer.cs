using System.Globalization;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation.Notifications;

/// <summary>A webhook call ready to send. <see cref="Url"/> and secret header values must never be logged.</summary>
public sealed record WebhookRequest(string Url, IReadOnlyList<WebhookHeader> Headers, string Body, string ContentType, bool AcceptAnyCertificate);

/// <summary>What one delivery sends, for which notification object: exactly one of <see cref="Webhook"/> and <see cref="Email"/>.</summary>
public sealed record RenderedNotification(string NotificationId, string NotificationName, WebhookRequest? Webhook, EmailMessage? Email);

/// <summary>Renders a notification configuration for a problem and state.</summary>
public static class NotificationRenderer
{
    public static RenderedNotification Render(
        ProblemNotificationConfig config, Problem problem, NotificationState state, DateTimeOffset at, NotificationRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var values = ProblemPlaceholders.For(problem, state, options);
        if (config.Webhook is { } webhook)
        {
            var contentType = webhook.Headers.FirstOrDefault(h => string.Equals(h.Name, "Content-Type", StringComparison.OrdinalIgnoreCase))?.Value ?? "application/json";
            var json = contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
            var body = PayloadRenderer.Render(webhook.Payload, values, json);
            return new RenderedNotification(config.ObjectId, config.DisplayName, new WebhookRequest(webhook.Url, webhook.Headers, body, contentType, webhook.AcceptAnyCertificate), null);
        }

        var email = config.Email ?? throw new ArgumentException($"notification '{config.DisplayName}' has neither a webhook nor an e-mail part", nameof(config));
        var rendered = PayloadRenderer.Render(email.Body, values, json: false);
        var messageId = EventIdentity.Fingerprint(string.Join('|', config.ObjectId, problem.ProblemId, state, at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))) + "@pharos.local";
        return new RenderedNotification(config.ObjectId, config.DisplayName, null, new EmailMessage(
            options.EmailFrom,
            email.Recipients,
            email.CcRecipients,
            email.BccRecipients,
            PayloadRenderer.Render(email.Subject, values, json: false),
            rendered,
            EmlWriter.LooksLikeHtml(rendered),
            at,
            messageId));
    }
}
