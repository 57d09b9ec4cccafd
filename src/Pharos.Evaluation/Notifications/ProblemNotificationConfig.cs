namespace Pharos.Evaluation.Notifications;

/// <summary><c>builtin:problem.notifications</c> <c>type</c>.</summary>
public enum NotificationType
{
    Email,
    Slack,
    Jira,
    Ansibletower,
    OpsGenie,
    PagerDuty,
    Victorops,
    Webhook,
    Xmatters,
    Trello,
    ServiceNow,
}

/// <summary>
/// One <c>builtin:problem.notifications</c> object (v1.7.4). Only WEBHOOK and EMAIL are delivered locally;
/// secrets (<c>secretUrl</c>, secret header values) are held here but never logged.
/// </summary>
public sealed record ProblemNotificationConfig(
    string ObjectId,
    bool Enabled,
    string DisplayName,
    NotificationType Type,
    string AlertingProfile,
    WebhookNotification? Webhook,
    EmailNotification? Email);

public sealed record WebhookNotification(
    string Url,
    bool UrlContainsSecret,
    bool AcceptAnyCertificate,
    bool NotifyEventMergesEnabled,
    bool NotifyClosedProblems,
    IReadOnlyList<WebhookHeader> Headers,
    string Payload)
{
    public const string DefaultPayload = "{\n\"State\":\"{State}\",\n\"ProblemID\":\"{ProblemID}\",\n\"ProblemTitle\":\"{ProblemTitle}\"\n}";
}

public sealed record WebhookHeader(string Name, bool Secret, string Value);

public sealed record EmailNotification(
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CcRecipients,
    IReadOnlyList<string> BccRecipients,
    string Subject,
    string Body,
    bool NotifyClosedProblems)
{
    public const string DefaultSubject = "{State} Problem {ProblemID}: {ImpactedEntity}";

    public const string DefaultBody = "{ProblemDetailsHTML}";
}
