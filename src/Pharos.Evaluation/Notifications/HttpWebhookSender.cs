using System.Net.Http.Headers;
using System.Text;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Posts webhook notifications with <see cref="HttpClient"/>. Notifications with <c>acceptAnyCertificate</c> use
/// <paramref name="insecureClient"/> (a client whose handler skips certificate validation, built by the host);
/// without one they are refused. Failures are classified, never thrown; errors carry no URL.
/// </summary>
public sealed class HttpWebhookSender(HttpClient client, HttpClient? insecureClient = null, TimeSpan? timeout = null) : INotificationSender
{
    private readonly HttpClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(10);

    public async ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Webhook is not { } webhook)
        {
            return DeliveryResult.Permanent("not a webhook notification");
        }

        var http = webhook.AcceptAnyCertificate ? insecureClient : _client;
        if (http is null)
        {
            return DeliveryResult.Permanent("acceptAnyCertificate is set but no client that skips certificate checks is configured");
        }

        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return DeliveryResult.Permanent("the webhook URL is not an absolute http(s) URL");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new StringContent(webhook.Body, Encoding.UTF8);
        var type = MediaTypeHeaderValue.TryParse(webhook.ContentType, out var parsed) ? parsed : new MediaTypeHeaderValue("application/json");
        type.CharSet ??= "utf-8";
        request.Content.Headers.ContentType = type;
        foreach (var header in webhook.Headers.Where(h => !string.Equals(h.Name, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(_timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            return DeliveryResult.FromHttpStatus((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retryable($"no response within {_timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Retryable($"connection failed ({ex.HttpRequestError})");
        }
    }
}
