using System.Globalization;
using System.Text;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Delivers e-mail notifications as RFC 5322 <c>.eml</c> files in an outbox folder, written atomically (temporary
/// file, then rename) so a reader never sees half a message. File names sort by time:
/// <c>20250101T000500Z-&lt;message id&gt;.eml</c>.
/// </summary>
public sealed class OutboxEmailSender(string directory) : INotificationSender
{
    private readonly string _directory = directory ?? throw new ArgumentNullException(nameof(directory));

    public async ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Email is not { } email)
        {
            return DeliveryResult.Permanent("not an e-mail notification");
        }

        try
        {
            Directory.CreateDirectory(_directory);
            var name = email.Date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + email.MessageId.Split('@')[0] + ".eml";
            var path = Path.Combine(_directory, name);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, EmlWriter.Write(email), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            return DeliveryResult.Delivered();
        }
        catch (IOException ex)
        {
            return DeliveryResult.Retryable($"cannot write to the outbox ({ex.GetType().Name})");
        }
        catch (UnauthorizedAccessException)
        {
            return DeliveryResult.Permanent("the outbox folder is not writable");
        }
    }
}

/// <summary>Routes webhooks and e-mails to their senders (e.g. <see cref="HttpWebhookSender"/> and <see cref="OutboxEmailSender"/> or an SMTP sender).</summary>
public sealed class RoutingNotificationSender(INotificationSender webhooks, INotificationSender emails) : INotificationSender
{
    public ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Webhook is not null
            ? webhooks.SendAsync(notification, attemptAt, cancellationToken)
            : emails.SendAsync(notification, attemptAt, cancellationToken);
    }
}
