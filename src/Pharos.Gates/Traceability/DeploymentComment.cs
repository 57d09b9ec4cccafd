using System.Globalization;
using System.Text;

namespace Pharos.Gates.Traceability;

/// <summary>
/// The comment <c>pharos trace problem --comment</c> puts on a problem: the suspect deployment's
/// version, commit and pipeline link. The text depends only on the deployment, never on when it was
/// written, so the same suspect always gives the same text and is recognised on the next run.
/// </summary>
public static class DeploymentComment
{
    /// <summary>Shown by Dynatrace as where the comment came from.</summary>
    public const string Context = "pharos trace";

    public static string? For(ProblemTrace trace)
    {
        if (trace.Suspect is not { } deployment)
        {
            return null;
        }

        var text = new StringBuilder("Suspect deployment (pharos trace): ");
        text.Append(deployment.Name ?? deployment.Service ?? "service").Append(' ').Append(deployment.Version ?? "(no version)");
        if (deployment.Environment is not null)
        {
            text.Append(" in ").Append(deployment.Environment);
        }

        text.Append(CultureInfo.InvariantCulture, $", deployed {deployment.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
        text.Append(CultureInfo.InvariantCulture, $" on {deployment.Entities.Count} {(deployment.Entities.Count == 1 ? "entity" : "entities")}.");
        text.Append("\ncommit: ").Append(deployment.Commit ?? "not recorded");
        text.Append("\npipeline: ").Append(deployment.CiBackLink ?? "not recorded");
        return text.ToString();
    }
}
