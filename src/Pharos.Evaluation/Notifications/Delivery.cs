using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation.Notifications;

public enum DeliveryStatus
{
    Delivered,

    /// <summary>Timeout, connection failure, HTTP 408, 429 or 5xx: worth another attempt.</summary>
    RetryableFailure,

    /// <summary>Any other HTTP 4xx, or a message that cannot be sent: retrying will not help.</summary>
    PermanentFailure,
}

/// <summary>The outcome of one send attempt. <see cref="Error"/> never contains URLs or secrets.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, int? StatusCode, string? Error)
{
    public static DeliveryResult Delivered(int? statusCode = null) => new(DeliveryStatus.Delivered, statusCode, null);

    public static DeliveryResult Retryable(string error, int? statusCode = null) => new(DeliveryStatus.RetryableFailure, statusCode, error);

    public static DeliveryResult Permanent(string error, int? statusCode = null) => new(DeliveryStatus.PermanentFailure, statusCode, error);

    /// <summary>How an HTTP status is classified: 2xx delivered; 408, 429 and 5xx retryable; the rest permanent.</summary>
    public static DeliveryResult FromHttpStatus(int statusCode) =>
        statusCode is >= 200 and < 300 ? Delivered(statusCode)
        : statusCode is 408 or 429 or >= 500 ? Retryable($"HTTP {statusCode}", statusCode)
        : Permanent($"HTTP {statusCode}", statusCode);
}

/// <summary>
/// Sends a rendered notification. <paramref name="attemptAt"/> is the (possibly virtual) time of the attempt, so
/// fakes can simulate an endpoint that is down for a while.
/// </summary>
public interface INotificationSender
{
    ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken);
}

/// <summary>
/// Exponential backoff without jitter (deterministic, so alert tests can assert the schedule): attempt n+1 follows
/// attempt n after min(<see cref="InitialDelay"/> × <see cref="Multiplier"/>^(n−1), <see cref="MaxDelay"/>).
/// With the defaults: 0, +30 s, +1 min, +2 min, +4 min, +8 min, then give up.
/// </summary>
public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 6;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(30);

    public double Multiplier { get; init; } = 2;

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait after attempt number <paramref name="attempt"/> (1-based) failed.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var ticks = InitialDelay.Ticks * Math.Pow(Multiplier, Math.Max(0, attempt - 1));
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}

/// <summary>A notification waiting to be (re)sent. <see cref="Attempts"/> counts attempts made so far.</summary>
public sealed record PlannedDelivery(
    string DeliveryId,
    string NotificationId,
    NotificationState State,
    Problem Problem,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset CreatedAt);

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>The attempt failed; another is scheduled at NextAttemptAt.</summary>
    Retrying,

    /// <summary>The last allowed attempt failed.</summary>
    GaveUp,

    /// <summary>The endpoint refused it in a way retrying cannot fix.</summary>
    Failed,

    /// <summary>Not sent: a maintenance window suppresses alerting for the problem.</summary>
    Suppressed,

    /// <summary>Not sent: the problem closed before the alerting profile's delay, or the notification was removed.</summary>
    Skipped,
}

/// <summary>
/// One line of the delivery log: each attempt and its outcome, plus notifications not sent and why.
/// <see cref="Target"/> is redacted (webhook scheme and host only, e-mail first recipient), so the log never
/// holds webhook paths, tokens or header values.
/// </summary>
public sealed record DeliveryLogEntry(
    DateTimeOffset At,
    string DeliveryId,
    string NotificationId,
    string NotificationName,
    NotificationType Channel,
    string ProblemId,
    string DisplayId,
    NotificationState State,
    int Attempt,
    DeliveryOutcome Outcome,
    string Target,
    int? StatusCode,
    string? Detail,
    DateTimeOffset? NextAttemptAt);

public interface IDeliveryLog
{
    void Append(DeliveryLogEntry entry);
}

/// <summary>The most recent entries in memory, oldest first.</summary>
public sealed class InMemoryDeliveryLog(int capacity = 10_000) : IDeliveryLog
{
    private readonly Queue<DeliveryLogEntry> _entries = new();
    private readonly Lock _gate = new();

    public IReadOnlyList<DeliveryLogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public void Append(DeliveryLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }
    }
}
