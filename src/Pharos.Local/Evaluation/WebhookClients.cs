using Pharos.Evaluation.Notifications;
using Pharos.Local.Hosting;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The HTTP clients webhook notifications are posted with. They are built here rather than through
/// IHttpClientFactory because the factory's default logging writes request URLs, and webhook URLs carry tokens.
/// <see cref="Insecure"/> skips certificate validation and is used only for notifications with
/// <c>acceptAnyCertificate</c>. Redirects are not followed (a redirect would re-send the payload elsewhere).
/// </summary>
internal sealed class WebhookClients : IDisposable
{
    public WebhookClients()
    {
        Secure = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the sender applies its own timeout per attempt
        };
        var insecure = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        insecure.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        Insecure = new HttpClient(insecure) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpClient Secure { get; }

    public HttpClient Insecure { get; }

    /// <summary>Webhooks over these clients; e-mails to the SMTP relay when configured, else to <c>&lt;data&gt;/outbox/</c>.</summary>
    public INotificationSender Sender(LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        INotificationSender email = options.Smtp is { } smtp
            ? new SmtpEmailSender(smtp)
            : new OutboxEmailSender(Path.Combine(Path.GetFullPath(options.DataDirectory), "outbox"));
        return new RoutingNotificationSender(new HttpWebhookSender(Secure, Insecure), email);
    }

    public void Dispose()
    {
        Secure.Dispose();
        Insecure.Dispose();
    }
}
