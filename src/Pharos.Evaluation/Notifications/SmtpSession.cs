using System.Globalization;
using System.Text;

namespace Pharos.Evaluation.Notifications;

/// <summary>One SMTP reply: its code (0 when unreadable) and the text of its last line, trimmed to 200 characters.</summary>
internal readonly record struct SmtpReply(int Code, string Text);

/// <summary>The line protocol of an SMTP client: send one command line, read a (possibly multi-line) reply.</summary>
internal sealed class SmtpSession(Stream stream)
{
    private const int MaxReplyLines = 100;

    private readonly Stream _stream = stream;
    private readonly StreamReader _reader = new(stream, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, bufferSize: 1024, leaveOpen: true);

    public async Task<SmtpReply> CommandAsync(string line, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\r\n");
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads <c>250-first</c> … <c>250 last</c>; throws <see cref="IOException"/> when the server hangs up.</summary>
    public async Task<SmtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < MaxReplyLines; i++)
        {
            var line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new IOException("The SMTP server closed the connection.");
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return new SmtpReply(0, "");
            }

            if (line.Length == 3 || line[3] == ' ')
            {
                var text = line.Length > 4 ? line[4..] : "";
                return new SmtpReply(code, text.Length > 200 ? text[..200] : text);
            }

            if (line[3] != '-')
            {
                return new SmtpReply(0, "");
            }
        }

        return new SmtpReply(0, "");
    }

    /// <summary>Says goodbye; the message's fate is already decided, so a failing QUIT is ignored.</summary>
    public async Task TryQuitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CommandAsync("QUIT", cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The server may hang up right after accepting the message.
        }
        catch (OperationCanceledException)
        {
            // A timeout or cancellation during QUIT must not turn a delivered message into a retry (a duplicate).
        }
    }
}
