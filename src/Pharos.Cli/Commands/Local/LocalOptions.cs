using System.CommandLine;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Commands.Local;

internal static class LocalOptions
{
    public static Option<DirectoryInfo> Data() => new("--data", "-d")
    {
        Description = "The local environment's data folder (SQLite database, admin token).",
        DefaultValueFactory = _ => new DirectoryInfo(LocalEnvironmentOptions.DefaultDataDirectory),
    };
}
