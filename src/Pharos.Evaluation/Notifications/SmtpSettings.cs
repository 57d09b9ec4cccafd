namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Where <see cref="SmtpEmailSender"/> delivers: a plain SMTP relay (no TLS, no AUTH), e.g. a local relay or a test
/// sink. <see cref="Timeout"/> bounds one whole delivery (connect to QUIT); <see cref="ClientName"/> is sent in EHLO/HELO.
/// </summary>
public sealed record SmtpSettings(string Host, int Port = 25)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public string ClientName { get; init; } = "pharos.localhost";
}
