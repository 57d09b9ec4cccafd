using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pharos.Evaluation.Tests.Notifications;

/// <summary>
/// A scripted SMTP server on 127.0.0.1 (free port) for one connection: it records every line the client sends
/// (the DATA content separately) and answers each command with the reply <see cref="Reply"/> chooses.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, string> _reply;
    private readonly Task _serve;
    private readonly CancellationTokenSource _stop = new();

    public SmtpTestServer(Func<string, string>? reply = null, string greeting = "220 test.localhost ESMTP ready")
    {
        _reply = reply ?? DefaultReply;
        _listener.Start();
        _serve = ServeAsync(greeting);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The command lines the client sent, in order (DATA content excluded).</summary>
    public List<string> Commands { get; } = [];

    /// <summary>The DATA content as received on the wire (dot-stuffed, without the final ".").</summary>
    public string Data { get; private set; } = "";

    public static string DefaultReply(string command) => command switch
    {
        _ when command.StartsWith("EHLO", StringComparison.Ordinal) => "250-test.localhost\r\n250-8BITMIME\r\n250 SIZE 1000000",
        _ when command.StartsWith("DATA", StringComparison.Ordinal) => "354 End data with <CR><LF>.<CR><LF>",
        _ when command.StartsWith("QUIT", StringComparison.Ordinal) => "221 Bye",
        _ => "250 OK",
    };

    /// <summary>Waits until the client hung up (or the server stopped after QUIT).</summary>
    public Task Finished => _serve;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serve.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException or TimeoutException)
        {
            // The server task ends with the listener; its exception is not the test's subject.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(string greeting)
    {
        using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8, false, 1024, leaveOpen: true);
        await WriteAsync(stream, greeting);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            Commands.Add(line);
            var reply = _reply(line);
            await WriteAsync(stream, reply);
            if (line == "DATA" && reply.StartsWith("354", StringComparison.Ordinal))
            {
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                {
                    data.Append(dataLine).Append("\r\n");
                }

                Data = data.ToString();
                await WriteAsync(stream, _reply("<end of data>"));
            }

            if (line == "QUIT")
            {
                return;
            }
        }
    }

    private static async Task WriteAsync(Stream stream, string reply)
    {
        var bytes = Encoding.ASCII.GetBytes(reply + "\r\n");
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }
}
