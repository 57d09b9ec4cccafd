using Pharos.Cli;
using Pharos.Cli.Infrastructure;

// Composition only: wire the console into an IOContext, turn Ctrl+C / SIGTERM into cancellation, run.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        cancellation.Cancel();
    });

var io = IOContext.FromConsole();
return await PharosCli.InvokeAsync(args, io, cancellation.Token);
