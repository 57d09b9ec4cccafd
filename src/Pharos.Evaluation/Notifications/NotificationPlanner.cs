using System.Globalization;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Decides which notifications go out and when, as a pure state machine fed by problem changes:
/// <list type="bullet">
/// <item>when a problem opens (or an event merges and the problem now matches), every enabled WEBHOOK/EMAIL
/// notification whose alerting profile matches waits for the profile's delay; if the problem is still open
/// then, OPEN is queued, unless a DETECT_PROBLEMS_DONT_ALERT maintenance window covers it (logged as suppressed);</item>
/// <item>an event merging into a problem whose OPEN went out queues MERGED for webhooks with notifyEventMergesEnabled;</item>
/// <item>when the problem closes, RESOLVED is queued where OPEN went out and notifyClosedProblems is on; a
/// notification still waiting for its delay is skipped (logged);</item>
/// <item>failed attempts are retried by <see cref="RetryPolicy"/>.</item>
/// </list>
/// Sending is done by <see cref="NotificationDispatcher"/>.
/// </summary>
public sealed class NotificationPlanner
{
    private readonly IMaintenanceCalendar _maintenance;
    private readonly RetryPolicy _retry;
    private readonly Dictionary<string, ProblemNotificationConfig> _configs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertingProfile> _profiles = new(StringComparer.Ordinal);
    private readonly List<NotificationSubscription> _subscriptions = [];
    private readonly List<PlannedDelivery> _pending = [];

    public NotificationPlanner(IMaintenanceCalendar? maintenance = null, RetryPolicy? retry = null)
    {
        _maintenance = maintenance ?? MaintenanceCalendar.None;
        _retry = retry ?? new RetryPolicy();
    }

    public RetryPolicy Retry => _retry;

    public IReadOnlyList<PlannedDelivery> Pending => _pending;

    public IReadOnlyList<NotificationSubscription> Subscriptions => _subscriptions;

    public void SetConfigs(IEnumerable<ProblemNotificationConfig> notifications, IEnumerable<AlertingProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(profiles);
        _configs.Clear();
        _profiles.Clear();
        foreach (var n in notifications)
        {
            _configs[n.ObjectId] = n;
        }

        foreach (var p in profiles)
        {
            _profiles[p.ObjectId] = p;
        }
    }

    public ProblemNotificationConfig? Config(string notificationId) => _configs.GetValueOrDefault(notificationId);

    /// <summary>Applies problem changes in order, then advances to <paramref name="now"/>. Returns log entries for notifications not sent.</summary>
    public IReadOnlyList<DeliveryLogEntry> Apply(IEnumerable<ProblemChange> changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var log = new List<DeliveryLogEntry>();
        foreach (var change in changes)
        {
            Advance(change.At, log);
            switch (change.Kind)
            {
                case ProblemChangeKind.Opened:
                    Subscribe(change.Problem, change.At);
                    break;
                case ProblemChangeKind.EventMerged:
                    Refresh(change.Problem);
                    Subscribe(change.Problem, change.At);
                    Queue(change.Problem, NotificationState.Merged, change.At, c => c.Webhook?.NotifyEventMergesEnabled == true, log);
                    break;
                case ProblemChangeKind.EventClosed:
                    Refresh(change.Problem);
                    break;
                case ProblemChangeKind.Closed:
                    Refresh(change.Problem);
                    Queue(change.Problem, NotificationState.Resolved, change.At, c => c.Webhook?.NotifyClosedProblems ?? c.Email?.NotifyClosedProblems ?? false, log);
                    foreach (var waiting in _subscriptions.Where(s => s.Problem.ProblemId == change.Problem.ProblemId && s.Status == SubscriptionStatus.Waiting))
                    {
                        log.Add(Entry(waiting.NotificationId, change.Problem, NotificationState.Open, change.At, DeliveryOutcome.Skipped, "the problem closed before the alerting profile's delay"));
                    }

                    _subscriptions.RemoveAll(s => s.Problem.ProblemId == change.Problem.ProblemId);
                    break;
            }
        }

        Advance(now, log);
        return log;
    }

    /// <summary>
    /// Deliveries whose next attempt is due, earliest first. Per notification and problem they go out in the
    /// order they were queued: RESOLVED waits while OPEN is still being retried.
    /// </summary>
    public IReadOnlyList<PlannedDelivery> Due(DateTimeOffset now)
    {
        var blocked = new HashSet<(string, string)>();
        var due = new List<PlannedDelivery>();
        foreach (var d in _pending)
        {
            if (blocked.Add((d.NotificationId, d.Problem.ProblemId)) && d.NextAttemptAt <= now)
            {
                due.Add(d);
            }
        }

        return [.. due.OrderBy(d => d.NextAttemptAt).ThenBy(d => d.DeliveryId, StringComparer.Ordinal)];
    }

    /// <summary>Records an attempt's result: done, or rescheduled by the retry policy.</summary>
    public DeliveryLogEntry Record(PlannedDelivery delivery, DeliveryResult result, DateTimeOffset attemptedAt)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(result);
        var attempt = delivery.Attempts + 1;
        var index = _pending.FindIndex(d => d.DeliveryId == delivery.DeliveryId);
        DeliveryOutcome outcome;
        DateTimeOffset? next = null;
        if (result.Status == DeliveryStatus.Delivered)
        {
            outcome = DeliveryOutcome.Delivered;
        }
        else if (result.Status == DeliveryStatus.RetryableFailure && attempt < _retry.MaxAttempts)
        {
            outcome = DeliveryOutcome.Retrying;
            next = attemptedAt + _retry.DelayAfter(attempt);
        }
        else
        {
            outcome = result.Status == DeliveryStatus.RetryableFailure ? DeliveryOutcome.GaveUp : DeliveryOutcome.Failed;
        }

        if (index >= 0)
        {
            if (next is { } at)
            {
                _pending[index] = delivery with { Attempts = attempt, NextAttemptAt = at };
            }
            else
            {
                _pending.RemoveAt(index);
                ReleaseNext(delivery, attemptedAt);
            }
        }

        return Entry(delivery.NotificationId, delivery.Problem, delivery.State, attemptedAt, outcome, result.Error, attempt, result.StatusCode, next, delivery.DeliveryId);
    }

    // The next delivery of the same notification and problem was held back; it cannot go out before now.
    private void ReleaseNext(PlannedDelivery done, DateTimeOffset at)
    {
        var next = _pending.FindIndex(d => d.NotificationId == done.NotificationId && d.Problem.ProblemId == done.Problem.ProblemId);
        if (next >= 0 && _pending[next].NextAttemptAt < at)
        {
            _pending[next] = _pending[next] with { NextAttemptAt = at };
        }
    }

    /// <summary>Drops a delivery whose notification no longer exists.</summary>
    public DeliveryLogEntry Drop(PlannedDelivery delivery, DateTimeOffset at)
    {
        _pending.RemoveAll(d => d.DeliveryId == delivery.DeliveryId);
        return Entry(delivery.NotificationId, delivery.Problem, delivery.State, at, DeliveryOutcome.Skipped, "the notification was removed", delivery.Attempts, null, null, delivery.DeliveryId);
    }

    public NotificationPlannerState ExportState() => new(NotificationPlannerState.CurrentVersion, [.. _subscriptions], [.. _pending]);

    public void ImportState(NotificationPlannerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _subscriptions.Clear();
        _subscriptions.AddRange(state.Subscriptions);
        _pending.Clear();
        _pending.AddRange(state.Pending);
    }

    // A profile that starts matching later (an event raised the severity) sends from then on, not in the past.
    private void Subscribe(Problem problem, DateTimeOffset at)
    {
        foreach (var config in _configs.Values.OrderBy(c => c.ObjectId, StringComparer.Ordinal))
        {
            if (!config.Enabled || (config.Webhook is null && config.Email is null)
                || _subscriptions.Exists(s => s.NotificationId == config.ObjectId && s.Problem.ProblemId == problem.ProblemId))
            {
                continue;
            }

            var profile = _profiles.GetValueOrDefault(config.AlertingProfile) ?? (config.AlertingProfile == AlertingProfile.DefaultId ? AlertingProfile.Default : null);
            if (profile is null)
            {
                continue;
            }

            var match = AlertingProfileMatcher.Match(profile, problem);
            if (match.Matches)
            {
                var due = problem.StartTime.AddMinutes(match.DelayInMinutes);
                _subscriptions.Add(new NotificationSubscription(config.ObjectId, problem, due > at ? due : at, SubscriptionStatus.Waiting));
            }
        }
    }

    private void Refresh(Problem problem)
    {
        for (var i = 0; i < _subscriptions.Count; i++)
        {
            if (_subscriptions[i].Problem.ProblemId == problem.ProblemId)
            {
                _subscriptions[i] = _subscriptions[i] with { Problem = problem };
            }
        }
    }

    private void Advance(DateTimeOffset now, List<DeliveryLogEntry> log)
    {
        for (var i = 0; i < _subscriptions.Count; i++)
        {
            var s = _subscriptions[i];
            if (s.Status != SubscriptionStatus.Waiting || s.OpenDueAt > now)
            {
                continue;
            }

            if (Suppressed(s.Problem, s.OpenDueAt))
            {
                _subscriptions[i] = s with { Status = SubscriptionStatus.Suppressed };
                log.Add(Entry(s.NotificationId, s.Problem, NotificationState.Open, s.OpenDueAt, DeliveryOutcome.Suppressed, "a maintenance window suppresses alerting"));
                continue;
            }

            _subscriptions[i] = s with { Status = SubscriptionStatus.Opened };
            Enqueue(s.NotificationId, s.Problem, NotificationState.Open, s.OpenDueAt);
        }
    }

    private void Queue(Problem problem, NotificationState state, DateTimeOffset at, Func<ProblemNotificationConfig, bool> wanted, List<DeliveryLogEntry> log)
    {
        foreach (var s in _subscriptions.Where(s => s.Problem.ProblemId == problem.ProblemId && s.Status == SubscriptionStatus.Opened).ToList())
        {
            if (_configs.GetValueOrDefault(s.NotificationId) is not { } config || !wanted(config))
            {
                continue;
            }

            if (Suppressed(problem, at))
            {
                log.Add(Entry(s.NotificationId, problem, state, at, DeliveryOutcome.Suppressed, "a maintenance window suppresses alerting"));
                continue;
            }

            Enqueue(s.NotificationId, problem, state, at);
        }
    }

    private bool Suppressed(Problem problem, DateTimeOffset at) =>
        problem.AlertingSuppressed || MaintenanceCalendar.Strongest(_maintenance, problem.AffectedEntities, at) >= MaintenanceSuppression.DetectProblemsDontAlert;

    private void Enqueue(string notificationId, Problem problem, NotificationState state, DateTimeOffset at)
    {
        var id = EventIdentity.Fingerprint(string.Join('|', notificationId, problem.ProblemId, state.ToString(), at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), problem.EvidenceDetails.Count.ToString(CultureInfo.InvariantCulture)));
        if (!_pending.Exists(d => d.DeliveryId == id))
        {
            _pending.Add(new PlannedDelivery(id, notificationId, state, problem, 0, at, at));
        }
    }

    private DeliveryLogEntry Entry(
        string notificationId, Problem problem, NotificationState state, DateTimeOffset at, DeliveryOutcome outcome, string? detail,
        int attempt = 0, int? statusCode = null, DateTimeOffset? next = null, string? deliveryId = null)
    {
        var config = _configs.GetValueOrDefault(notificationId);
        return new DeliveryLogEntry(
            at,
            deliveryId ?? "",
            notificationId,
            config?.DisplayName ?? notificationId,
            config?.Type ?? NotificationType.Webhook,
            problem.ProblemId,
            problem.DisplayId,
            state,
            attempt,
            outcome,
            config is null ? "" : RedactedTarget(config),
            statusCode,
            detail,
            next);
    }

    /// <summary>Scheme and host of a webhook (paths of Teams or Slack URLs hold tokens); first recipient of an e-mail.</summary>
    public static string RedactedTarget(ProblemNotificationConfig config)
    {
        if (config.Webhook is { } w)
        {
            return Uri.TryCreate(w.Url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + (uri.AbsolutePath.Length > 1 ? "/…" : "") : "(invalid URL)";
        }

        if (config.Email is { } e && e.Recipients.Count > 0)
        {
            var others = e.Recipients.Count + e.CcRecipients.Count + e.BccRecipients.Count - 1;
            return others > 0 ? $"{e.Recipients[0]} (+{others})" : e.Recipients[0];
        }

        return "";
    }
}
