using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// The notification endpoints of an alert test: nothing leaves the process. Every attempt succeeds, except
/// attempts to a notification during one of its outages, which fail as a refused connection would.
/// </summary>
internal sealed class SimulatedEndpoints(IReadOnlyList<EndpointOutage> outages, DateTimeOffset start) : INotificationSender
{
    public ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        var minute = (attemptAt - start).TotalMinutes;
        var down = outages.Any(o => string.Equals(o.Notification, notification.NotificationName, StringComparison.Ordinal) && minute >= o.From && minute < o.To);
        return ValueTask.FromResult(down ? DeliveryResult.Retryable("endpoint down (simulated outage)") : DeliveryResult.Delivered(200));
    }
}
