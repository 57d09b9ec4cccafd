using System.Text;
using Pharos.Gates.Deployments;

namespace Pharos.Gates.Reporting;

/// <summary>Appends Markdown to the file named by <c>GITHUB_STEP_SUMMARY</c>, which GitHub shows on the run's page.</summary>
public static class GitHubStepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <summary>Returns false (and writes nothing) when the variable is not set, i.e. outside GitHub Actions.</summary>
    public static async Task<bool> AppendAsync(string markdown, IEnvironmentReader environment, CancellationToken cancellationToken)
    {
        var path = environment.Get(Variable);
        if (path is null)
        {
            return false;
        }

        // Several steps append to the same file; keep each summary its own block.
        var block = markdown.EndsWith('\n') ? markdown + "\n" : markdown + "\n\n";
        await File.AppendAllTextAsync(path, block, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
