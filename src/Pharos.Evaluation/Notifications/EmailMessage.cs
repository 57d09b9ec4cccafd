using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pharos.Evaluation.Notifications;

/// <summary>An e-mail ready to send or to write as an <c>.eml</c> file; <see cref="Bcc"/> is envelope-only and never written as a header.</summary>
public sealed record EmailMessage(
    string From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc,
    string Subject,
    string Body,
    bool IsHtml,
    DateTimeOffset Date,
    string MessageId);

/// <summary>
/// Writes an <see cref="EmailMessage"/> as an RFC 5322 message (MIME 1.0): CRLF line endings, header values
/// stripped of line breaks (no header injection from problem titles), non-ASCII subjects as RFC 2047 encoded
/// words, long headers folded, and the body in quoted-printable UTF-8 so no line exceeds 76 characters.
/// </summary>
public static partial class EmlWriter
{
    private const int MaxLine = 76;

    public static string Write(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var b = new StringBuilder();
        Header(b, "From", Clean(message.From));
        Header(b, "To", string.Join(", ", message.To.Select(Clean)));
        if (message.Cc.Count > 0)
        {
            Header(b, "Cc", string.Join(", ", message.Cc.Select(Clean)));
        }

        Header(b, "Subject", EncodeSubject(Clean(message.Subject)));
        Header(b, "Date", message.Date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(b, "Message-ID", "<" + Clean(message.MessageId) + ">");
        Header(b, "MIME-Version", "1.0");
        Header(b, "Content-Type", (message.IsHtml ? "text/html" : "text/plain") + "; charset=utf-8");
        Header(b, "Content-Transfer-Encoding", "quoted-printable");
        b.Append("\r\n");
        b.Append(QuotedPrintable(message.Body));
        return b.ToString();
    }

    public static bool LooksLikeHtml(string body) => HtmlTag().IsMatch(body);

    internal static string QuotedPrintable(string text)
    {
        var b = new StringBuilder(text.Length + (text.Length / 8));
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            var length = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var c = bytes[i];
                var last = i == bytes.Length - 1;
                var literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
                var token = literal ? ((char)c).ToString() : "=" + c.ToString("X2", CultureInfo.InvariantCulture);
                if (length + token.Length > MaxLine - 1)
                {
                    b.Append("=\r\n");
                    length = 0;
                }

                b.Append(token);
                length += token.Length;
            }

            b.Append("\r\n");
        }

        return b.ToString();
    }

    private static void Header(StringBuilder b, string name, string value)
    {
        // Fold at spaces so that no line exceeds 78 characters where possible (RFC 5322 §2.1.1).
        var line = new StringBuilder(name + ": ");
        foreach (var word in value.Split(' '))
        {
            if (line.Length + word.Length + 1 > 78 && line.Length > name.Length + 2)
            {
                b.Append(line.ToString().TrimEnd()).Append("\r\n");
                line.Clear().Append(' ');
            }

            line.Append(word).Append(' ');
        }

        b.Append(line.ToString().TrimEnd()).Append("\r\n");
    }

    private static string Clean(string value) => value.Replace('\r', ' ').Replace('\n', ' ');

    private static string EncodeSubject(string subject)
    {
        if (subject.All(c => c >= 32 && c < 127))
        {
            return subject;
        }

        // RFC 2047: encoded words of at most 75 characters, split on whole UTF-8 characters.
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in subject.EnumerateRunes())
        {
            var candidate = chunk.ToString() + rune.ToString();
            if (Encoding.UTF8.GetByteCount(candidate) > 45)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(Word(chunk.ToString()));
        return string.Join(' ', words);

        static string Word(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";
    }

    [GeneratedRegex(@"<(html|body|p|br|div|h[1-6]|ul|ol|li|a|table|span|b|strong|em)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
