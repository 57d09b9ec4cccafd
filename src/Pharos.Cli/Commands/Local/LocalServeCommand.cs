using System.CommandLine;
using System.Globalization;
using Pharos.Cli.Infrastructure;
using Pharos.Evaluation.Notifications;
using Pharos.Local.Faults;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Commands.Local;

public sealed record LocalServeArguments(string Host, int Port, string DataDirectory, string? Faults, int? FaultSeed, OutputFormat Output, OutputFormat LogFormat = OutputFormat.Text, string? Smtp = null);

/// <summary><c>pharos local serve</c>: run the local Dynatrace-compatible environment until Ctrl+C or SIGTERM.</summary>
public sealed class LocalServeCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var host = new Option<string>("--host") { Description = "Address to bind (loopback unless you mean otherwise).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port", "-p") { Description = "TCP port; 0 picks a free port and prints it.", DefaultValueFactory = _ => 0 };
        var data = LocalOptions.Data();
        var faults = new Option<string?>("--faults") { Description = "Fail a share of requests on purpose, e.g. 429=0.2,500=0.05 (429s carry Retry-After)." };
        var seed = new Option<int?>("--fault-seed") { Description = "Seed for --faults, for repeatable runs." };
        var output = CommonOptions.Output();
        var logFormat = new Option<OutputFormat>("--log-format") { Description = "Request log on stderr: text lines or JSON lines.", DefaultValueFactory = _ => OutputFormat.Text };
        var smtp = new Option<string?>("--smtp") { Description = "Send e-mail notifications through this plain SMTP relay, HOST or HOST:PORT (default: write .eml files to <data>/outbox/)." };
        var command = new Command("serve", "Run the local Dynatrace-compatible environment (Environment API v2) until stopped.")
        {
            host, port, data, faults, seed, output, logFormat, smtp,
        };
        command.SetAction((parse, ct) => new LocalServeCommand(io).RunAsync(
            new LocalServeArguments(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(data)!.FullName, parse.GetValue(faults), parse.GetValue(seed), parse.GetValue(output), parse.GetValue(logFormat), parse.GetValue(smtp)),
            ct));
        return command;
    }

    public async Task<int> RunAsync(LocalServeArguments args, CancellationToken cancellationToken)
    {
        var plan = FaultInjectionPlan.None;
        if (args.Faults is not null)
        {
            var parsed = FaultInjectionPlan.Parse(args.Faults);
            if (parsed.Diagnostics.Any(d => d.IsError))
            {
                throw new CliException(string.Join(Environment.NewLine, parsed.Diagnostics.Select(d => "--faults: " + d.Message)));
            }

            plan = parsed.Plan ?? FaultInjectionPlan.None;
        }

        var options = new LocalEnvironmentOptions
        {
            Host = args.Host,
            Port = args.Port,
            DataDirectory = args.DataDirectory,
            FaultInjection = plan,
            FaultSeed = args.FaultSeed,
            Smtp = args.Smtp is null ? null : ParseSmtp(args.Smtp),
            // The CLI owns Ctrl+C and SIGTERM and turns them into cancellation.
            HandleShutdownSignals = false,
        };

        await using var environment = await LocalEnvironment.StartAsync(options, services => LocalLogging.AddConsole(services, args.LogFormat), cancellationToken);
        LocalEndpointFile.Write(environment.DataDirectory, environment.BaseAddress);
        LocalEnvironmentBanner.Write(io, environment, args.Output);
        await RunUntilStoppedAsync(environment, cancellationToken);
        io.Error.WriteLine("Local environment stopped.");
        return ExitCodes.Success;
    }

    /// <summary><c>HOST</c> (port 25) or <c>HOST:PORT</c>.</summary>
    internal static SmtpSettings ParseSmtp(string text)
    {
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = 25;
        if (host.Length == 0 || (colon >= 0 && (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)))
        {
            throw new CliException($"--smtp expects HOST or HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:2525. Actual value: '{text}'.");
        }

        return new SmtpSettings(host, port);
    }

    /// <summary>Serves until Ctrl+C or SIGTERM, then stops gracefully and forgets the endpoint file.</summary>
    internal static async Task RunUntilStoppedAsync(LocalEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            await environment.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: stop gracefully below.
        }

        LocalEndpointFile.Delete(environment.DataDirectory);
        await environment.StopAsync(CancellationToken.None);
    }
}
