using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation.Notifications;

public enum SubscriptionStatus
{
    /// <summary>Matched the alerting profile; OPEN goes out at <see cref="NotificationSubscription.OpenDueAt"/> if the problem is still open.</summary>
    Waiting,

    /// <summary>OPEN was queued, so MERGED and RESOLVED follow.</summary>
    Opened,

    /// <summary>A maintenance window suppressed alerting; nothing more is sent for this problem.</summary>
    Suppressed,
}

/// <summary>One notification configuration following one open problem.</summary>
public sealed record NotificationSubscription(string NotificationId, Problem Problem, DateTimeOffset OpenDueAt, SubscriptionStatus Status);

/// <summary>The planner's persisted form; serialise with <see cref="EvaluationJson.Options"/>.</summary>
public sealed record NotificationPlannerState(int Version, IReadOnlyList<NotificationSubscription> Subscriptions, IReadOnlyList<PlannedDelivery> Pending)
{
    public const int CurrentVersion = 1;
}
