using System.CommandLine;

namespace Pharos.Cli.Commands.Sync;

/// <summary>Flags more than one sync verb takes, created fresh per command.</summary>
internal static class SyncFlags
{
    public static Option<bool> Prune() => new("--prune")
    {
        Description = "Delete objects this catalog owns (externalId pharos:<catalog-id>:…) that it no longer has. Objects it does not own are never touched.",
    };

    public static Option<bool> ForceSecrets() => new("--force-secrets")
    {
        Description = "Re-send every object holding a secret (Teams webhook URLs). Dynatrace never returns secrets, so a changed URL alone is not seen as a change.",
    };

    public static Option<bool> DetailedExitCode(string what) => new("--detailed-exitcode")
    {
        Description = $"Exit 2 when {what}, 0 when not, 1 on error.",
    };
}
