using System.Net;
using System.Net.Sockets;
using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class SmtpEmailSenderTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 5, 0, TimeSpan.Zero);

    private static EmailMessage Message(string body = "hello") => new(
        "Pharos <alerts@pharos.localhost>", ["ops@example.com"], ["lead@example.com"], ["audit@example.com"],
        "OPEN Problem P-1: checkout slow", body, false, T0, "f00d@pharos.local");

    private static RenderedNotification Email(EmailMessage message) => new("m-1", "Ops e-mail", null, message);

    private static SmtpEmailSender Sender(int port, TimeSpan? timeout = null) =>
        new(new SmtpSettings("127.0.0.1", port) { Timeout = timeout ?? TimeSpan.FromSeconds(10), ClientName = "pharos.test" });

    [Fact]
    public async Task Send_AcceptingServer_RunsTheExactDialogueAndDeliversTheEmlMessage()
    {
        await using var server = new SmtpTestServer();
        var message = Message();

        var result = await Sender(server.Port).SendAsync(Email(message), T0, CancellationToken.None);
        await server.Finished.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryResult.Delivered(250), result);
        Assert.Equal(
            ["EHLO pharos.test", "MAIL FROM:<alerts@pharos.localhost>", "RCPT TO:<ops@example.com>", "RCPT TO:<lead@example.com>",
             "RCPT TO:<audit@example.com>", "DATA", "QUIT"],
            server.Commands);
        Assert.Equal(EmlWriter.Write(message), server.Data);
        Assert.DoesNotContain("audit@example.com", server.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_BodyLinesStartingWithDot_AreDotStuffedOnTheWire()
    {
        await using var server = new SmtpTestServer();
        var message = Message(".\n..twice\nplain");

        var result = await Sender(server.Port).SendAsync(Email(message), T0, CancellationToken.None);
        await server.Finished.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.EndsWith("\r\n..\r\n...twice\r\nplain\r\n", server.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerWithoutEhlo_FallsBackToHelo()
    {
        await using var server = new SmtpTestServer(c => c.StartsWith("EHLO", StringComparison.Ordinal) ? "502 Command not implemented" : SmtpTestServer.DefaultReply(c));

        var result = await Sender(server.Port).SendAsync(Email(Message()), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal(["EHLO pharos.test", "HELO pharos.test"], server.Commands.Take(2));
    }

    [Fact]
    public async Task Send_RecipientRejectedWith4xx_IsRetryableAndQuits()
    {
        await using var server = new SmtpTestServer(c => c.StartsWith("RCPT TO:<lead", StringComparison.Ordinal) ? "451 4.3.0 Try again later" : SmtpTestServer.DefaultReply(c));

        var result = await Sender(server.Port).SendAsync(Email(Message()), T0, CancellationToken.None);
        await server.Finished.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryResult.Retryable("SMTP 451 after RCPT TO: 4.3.0 Try again later", 451), result);
        Assert.Equal("QUIT", server.Commands[^1]);
        Assert.DoesNotContain("DATA", server.Commands);
    }

    [Fact]
    public async Task Send_MessageRejectedWith5xx_IsPermanent()
    {
        await using var server = new SmtpTestServer(c => c == "<end of data>" ? "554 5.7.1 Message rejected" : SmtpTestServer.DefaultReply(c));

        var result = await Sender(server.Port).SendAsync(Email(Message()), T0, CancellationToken.None);

        Assert.Equal(DeliveryResult.Permanent("SMTP 554 after the message data: 5.7.1 Message rejected", 554), result);
    }

    [Fact]
    public async Task Send_GreetingWith5xx_IsPermanent()
    {
        await using var server = new SmtpTestServer(greeting: "554 No service");

        var result = await Sender(server.Port).SendAsync(Email(Message()), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
        Assert.Equal(554, result.StatusCode);
    }

    [Fact]
    public async Task Send_ServerDown_IsRetryableAndDoesNotNameTheServer()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Sender(port).SendAsync(Email(Message()), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryableFailure, result.Status);
        Assert.Equal("cannot reach the SMTP server (ConnectionRefused)", result.Error);
        Assert.DoesNotContain("127.0.0.1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerNeverAnswers_TimesOutAsRetryable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            var result = await Sender(port, TimeSpan.FromMilliseconds(300)).SendAsync(Email(Message()), T0, CancellationToken.None);

            Assert.Equal(DeliveryResult.Retryable("the SMTP delivery timed out after 0.3 s"), result);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(port).SendAsync(Email(Message()), T0, cancel.Token).AsTask());
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [InlineData("ops@example.com\r\nRCPT TO:<evil@example.com>")]
    [InlineData("no-at-sign")]
    public async Task Send_AddressThatCouldInjectCommands_IsPermanentWithoutConnecting(string recipient)
    {
        var message = Message() with { To = [recipient], Cc = [], Bcc = [] };

        var result = await Sender(1).SendAsync(Email(message), T0, CancellationToken.None);

        Assert.Equal(DeliveryResult.Permanent("the e-mail has an invalid sender or recipient address, or no recipient"), result);
    }

    [Fact]
    public async Task Send_WebhookNotification_IsPermanent()
    {
        var result = await Sender(1).SendAsync(new RenderedNotification("m-1", "hook", null, null), T0, CancellationToken.None);

        Assert.Equal(DeliveryResult.Permanent("not an e-mail notification"), result);
    }
}
