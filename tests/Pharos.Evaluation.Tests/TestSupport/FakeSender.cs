using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Records sends; fails with a retryable error while the attempt time falls in an outage.</summary>
internal sealed class FakeSender : INotificationSender
{
    public List<(DateTimeOffset At, RenderedNotification Notification)> Sent { get; } = [];

    public List<(DateTimeOffset From, DateTimeOffset To)> Outages { get; } = [];

    public int? FailWithStatus { get; set; }

    public ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        if (FailWithStatus is { } status)
        {
            return ValueTask.FromResult(DeliveryResult.FromHttpStatus(status));
        }

        if (Outages.Exists(o => attemptAt >= o.From && attemptAt < o.To))
        {
            return ValueTask.FromResult(DeliveryResult.Retryable("connection failed (ConnectionError)"));
        }

        Sent.Add((attemptAt, notification));
        return ValueTask.FromResult(DeliveryResult.Delivered(200));
    }
}
