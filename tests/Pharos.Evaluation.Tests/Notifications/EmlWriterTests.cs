using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class EmlWriterTests
{
    private static EmailMessage Message(string subject = "OPEN Problem P-25011: checkout", string body = "<p>Hi</p>") => new(
        "Pharos local <pharos-local@localhost>",
        ["ops@example.com", "oncall@example.com"],
        ["lead@example.com"],
        ["audit@example.com"],
        subject,
        body,
        true,
        new DateTimeOffset(2025, 1, 1, 0, 5, 0, TimeSpan.Zero),
        "abc123@pharos.local");

    [Fact]
    public void Write_ProducesRfc5322HeadersAndACrlfBody()
    {
        var eml = EmlWriter.Write(Message());

        Assert.Equal(
            "From: Pharos local <pharos-local@localhost>\r\n"
            + "To: ops@example.com, oncall@example.com\r\n"
            + "Cc: lead@example.com\r\n"
            + "Subject: OPEN Problem P-25011: checkout\r\n"
            + "Date: Wed, 01 Jan 2025 00:05:00 +0000\r\n"
            + "Message-ID: <abc123@pharos.local>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "<p>Hi</p>\r\n",
            eml);
    }

    [Fact]
    public void Bcc_IsNeverWrittenAsAHeader()
    {
        Assert.DoesNotContain("audit@example.com", EmlWriter.Write(Message()), StringComparison.Ordinal);
    }

    [Fact]
    public void LineBreaksInTheSubject_CannotInjectHeaders()
    {
        var eml = EmlWriter.Write(Message(subject: "Title\r\nBcc: attacker@example.com"));

        Assert.Contains("Subject: Title  Bcc: attacker@example.com\r\n", eml, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nBcc:", eml, StringComparison.Ordinal);
    }

    [Fact]
    public void NonAsciiSubject_IsAnRfc2047EncodedWord()
    {
        var eml = EmlWriter.Write(Message(subject: "Zahlungen gestört"));

        Assert.Contains("Subject: =?utf-8?B?WmFobHVuZ2VuIGdlc3TDtnJ0?=\r\n", eml, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedPrintable_EncodesEqualsNonAsciiAndSoftBreaksLongLines()
    {
        var body = EmlWriter.QuotedPrintable("a=b ü " + new string('x', 100) + " \nend");

        var lines = body.Split("\r\n");
        Assert.StartsWith("a=3Db =C3=BC xxx", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 76, l));
        Assert.EndsWith("=", lines[0], StringComparison.Ordinal);
        Assert.Contains("x=20", body, StringComparison.Ordinal);
        Assert.Equal("end", lines[^2]);
    }
}
