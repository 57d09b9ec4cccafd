namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Sends what <see cref="NotificationPlanner"/> has due: renders each delivery, sends it at its scheduled time,
/// records the outcome (which may schedule a retry) and writes the delivery log. Retries that fall due before
/// <c>now</c> are attempted in the same call, each at its own scheduled time, so a virtual clock that jumps
/// ahead replays the exact retry schedule.
/// </summary>
public sealed class NotificationDispatcher(NotificationPlanner planner, INotificationSender sender, IDeliveryLog log, NotificationRenderOptions? options = null)
{
    private readonly NotificationPlanner _planner = planner ?? throw new ArgumentNullException(nameof(planner));
    private readonly INotificationSender _sender = sender ?? throw new ArgumentNullException(nameof(sender));
    private readonly IDeliveryLog _log = log ?? throw new ArgumentNullException(nameof(log));
    private readonly NotificationRenderOptions _options = options ?? new NotificationRenderOptions();

    public async ValueTask<IReadOnlyList<DeliveryLogEntry>> DispatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = new List<DeliveryLogEntry>();
        while (_planner.Due(now) is { Count: > 0 } due)
        {
            var delivery = due[0];
            cancellationToken.ThrowIfCancellationRequested();
            var at = delivery.NextAttemptAt;
            if (_planner.Config(delivery.NotificationId) is not { } config)
            {
                entries.Add(_planner.Drop(delivery, at));
                continue;
            }

            DeliveryResult result;
            try
            {
                var rendered = NotificationRenderer.Render(config, delivery.Problem, delivery.State, at, _options);
                result = await _sender.SendAsync(rendered, at, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Exception messages may quote the URL; only the type is kept.
                result = DeliveryResult.Retryable($"sending failed ({ex.GetType().Name})");
            }

            entries.Add(_planner.Record(delivery, result, at));
        }

        foreach (var entry in entries)
        {
            _log.Append(entry);
        }

        return entries;
    }
}
