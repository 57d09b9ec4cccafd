using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Delivers e-mail notifications over plain SMTP (RFC 5321) with <see cref="TcpClient"/>: greeting, EHLO (HELO when
/// the server rejects EHLO), MAIL FROM, one RCPT TO per To/Cc/Bcc address, DATA with the <see cref="EmlWriter"/>
/// message dot-stuffed, QUIT. Any reply other than the expected one ends the attempt: 4xx is retryable, 5xx is
/// permanent; connection failures, a dropped connection and the timeout are retryable. Errors name the SMTP
/// command and reply code, never the server address.
/// </summary>
public sealed class SmtpEmailSender(SmtpSettings settings) : INotificationSender
{
    private readonly SmtpSettings _settings = Validate(settings);

    public async ValueTask<DeliveryResult> SendAsync(RenderedNotification notification, DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Email is not { } email)
        {
            return DeliveryResult.Permanent("not an e-mail notification");
        }

        var sender = Address(email.From);
        var recipients = email.To.Concat(email.Cc).Concat(email.Bcc).Select(Address).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (sender is null || recipients.Count == 0 || recipients.Any(r => r is null))
        {
            return DeliveryResult.Permanent("the e-mail has an invalid sender or recipient address, or no recipient");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(_settings.Host, _settings.Port, timeout.Token).ConfigureAwait(false);
            await using var stream = client.GetStream();
            var session = new SmtpSession(stream);
            return await DialogueAsync(session, sender, recipients!, EmlWriter.Write(email), timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retryable($"the SMTP delivery timed out after {_settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (SocketException ex)
        {
            return DeliveryResult.Retryable($"cannot reach the SMTP server ({ex.SocketErrorCode})");
        }
        catch (IOException)
        {
            return DeliveryResult.Retryable("the SMTP connection was lost");
        }
    }

    private async Task<DeliveryResult> DialogueAsync(SmtpSession session, string sender, List<string> recipients, string message, CancellationToken cancellationToken)
    {
        var greeting = await session.ReadReplyAsync(cancellationToken).ConfigureAwait(false);
        if (greeting.Code != 220)
        {
            return Failure("the greeting", greeting);
        }

        var hello = await session.CommandAsync("EHLO " + _settings.ClientName, cancellationToken).ConfigureAwait(false);
        if (hello.Code is >= 500 and < 600)
        {
            // An RFC 821 server does not know EHLO; HELO is enough as we use no extensions.
            hello = await session.CommandAsync("HELO " + _settings.ClientName, cancellationToken).ConfigureAwait(false);
        }

        if (hello.Code != 250)
        {
            return Failure("EHLO/HELO", hello);
        }

        var steps = new List<(string Command, string Name, int[] Expected)> { ($"MAIL FROM:<{sender}>", "MAIL FROM", [250]) };
        steps.AddRange(recipients.Select(r => ($"RCPT TO:<{r}>", "RCPT TO", new[] { 250, 251 })));
        steps.Add(("DATA", "DATA", [354]));
        foreach (var (command, name, expected) in steps)
        {
            var reply = await session.CommandAsync(command, cancellationToken).ConfigureAwait(false);
            if (!expected.Contains(reply.Code))
            {
                await session.TryQuitAsync(cancellationToken).ConfigureAwait(false);
                return Failure(name, reply);
            }
        }

        var accepted = await session.CommandAsync(DotStuff(message) + ".", cancellationToken).ConfigureAwait(false);
        await session.TryQuitAsync(cancellationToken).ConfigureAwait(false);
        return accepted.Code == 250 ? DeliveryResult.Delivered(250) : Failure("the message data", accepted);
    }

    /// <summary>RFC 5321 §4.5.2: a line starting with '.' gets another '.'; the text ends with CRLF before the final '.'.</summary>
    internal static string DotStuff(string message)
    {
        var text = message.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var b = new StringBuilder(text.Length + 16);
        foreach (var line in text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n'))
        {
            if (line.StartsWith('.'))
            {
                b.Append('.');
            }

            b.Append(line).Append("\r\n");
        }

        return b.ToString();
    }

    /// <summary>The addr-spec of <c>Name &lt;a@b&gt;</c> or <c>a@b</c>; null when it could smuggle SMTP commands.</summary>
    internal static string? Address(string text)
    {
        if (text.Any(char.IsControl))
        {
            return null;
        }

        var value = text.Trim();
        var open = value.LastIndexOf('<');
        if (open >= 0 && value.EndsWith('>'))
        {
            value = value[(open + 1)..^1].Trim();
        }

        return value.Length is 0 or > 254 || value.Any(c => c is '<' or '>' or ' ') || !value.Contains('@')
            ? null
            : value;
    }

    private static DeliveryResult Failure(string step, SmtpReply reply)
    {
        var error = reply.Code == 0
            ? $"the SMTP server sent an unreadable reply to {step}"
            : $"SMTP {reply.Code.ToString(CultureInfo.InvariantCulture)} after {step}: {reply.Text}";
        return reply.Code is >= 500 and < 600 ? DeliveryResult.Permanent(error, reply.Code) : DeliveryResult.Retryable(error, reply.Code == 0 ? null : reply.Code);
    }

    private static SmtpSettings Validate(SmtpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Host);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Timeout, TimeSpan.Zero);
        if (settings.ClientName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"Expected a host name without spaces as the SMTP client name. Actual value: '{settings.ClientName}'.", nameof(settings));
        }

        return settings;
    }
}
