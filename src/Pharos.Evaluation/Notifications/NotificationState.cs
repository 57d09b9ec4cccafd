namespace Pharos.Evaluation.Notifications;

/// <summary>The <c>{State}</c> of a notification: webhook vocabulary, not the Problems API one (OPEN/RESOLVED, not CLOSED).</summary>
public enum NotificationState
{
    Open,
    Resolved,
    Merged,
}

/// <summary>Values only the deployment knows, used when rendering notifications.</summary>
public sealed record NotificationRenderOptions
{
    /// <summary>Base of <c>{ProblemURL}</c>; the problem's path (<c>/#problems/problemdetails;pid=…</c>) is appended.</summary>
    public string ProblemUrlBase { get; init; } = "http://127.0.0.1";

    /// <summary>The From address of e-mails (RFC 5322 mailbox).</summary>
    public string EmailFrom { get; init; } = "Pharos local <pharos-local@localhost>";
}
