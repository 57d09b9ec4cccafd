using System.CommandLine;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Local;

/// <summary><c>pharos local …</c>: the embedded Dynatrace-compatible environment.</summary>
public static class LocalCommand
{
    public static Command Create(IOContext io)
    {
        var local = new Command("local", "The local Dynatrace-compatible environment: run it, manage its tokens, read its notification log.");
        local.Subcommands.Add(LocalServeCommand.Create(io));
        local.Subcommands.Add(LocalTokenCommand.Create(io));
        local.Subcommands.Add(LocalNotificationsCommand.Create(io));
        return local;
    }
}
