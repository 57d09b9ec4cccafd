using System.Globalization;

namespace Pharos.Gates.Deployments;

/// <summary>
/// Reads the predefined variables of GitHub Actions (<c>GITHUB_ACTIONS=true</c>) and GitLab CI
/// (<c>GITLAB_CI=true</c>). The GitHub run link is
/// <c>$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID</c>, plus
/// <c>/attempts/$GITHUB_RUN_ATTEMPT</c> for a re-run; GitLab gives <c>$CI_PIPELINE_URL</c> directly.
/// Missing variables are recorded, not reported: only the caller knows whether a flag made them moot.
/// </summary>
public static class CiDetector
{
    public static CiContext Detect(IEnvironmentReader environment)
    {
        var github = IsTrue(environment.Get("GITHUB_ACTIONS"));
        var gitlab = IsTrue(environment.Get("GITLAB_CI"));
        var context = github ? GitHub(environment) : gitlab ? GitLab(environment) : CiContext.None;
        return github && gitlab ? context with { Ambiguous = true } : context;
    }

    private static CiContext GitHub(IEnvironmentReader environment)
    {
        var missing = new List<CiMissingVariable>();
        var commit = Read(environment, missing, CiField.Commit, "GITHUB_SHA");
        var project = Read(environment, missing, CiField.Project, "GITHUB_REPOSITORY");
        var reference = Read(environment, missing, CiField.Ref, "GITHUB_REF_NAME");
        var server = Read(environment, missing, CiField.PipelineUrl, "GITHUB_SERVER_URL");
        var runId = Read(environment, missing, CiField.PipelineUrl, "GITHUB_RUN_ID");

        CiValue? link = null;
        if (server is not null && project is not null && runId is not null)
        {
            var url = $"{server.Value.TrimEnd('/')}/{project.Value}/actions/runs/{runId.Value}";
            var attempt = environment.Get("GITHUB_RUN_ATTEMPT");
            if (int.TryParse(attempt, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1)
            {
                url += $"/attempts/{n}";
            }

            link = new CiValue(url, "GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID");
        }
        else if (project is null && server is not null && runId is not null)
        {
            missing.Add(new CiMissingVariable(CiField.PipelineUrl, "GITHUB_REPOSITORY"));
        }

        return new CiContext(CiProvider.GitHubActions, commit, link, project, reference) { Missing = missing };
    }

    private static CiContext GitLab(IEnvironmentReader environment)
    {
        var missing = new List<CiMissingVariable>();
        var commit = Read(environment, missing, CiField.Commit, "CI_COMMIT_SHA");
        var link = Read(environment, missing, CiField.PipelineUrl, "CI_PIPELINE_URL");
        var project = Read(environment, missing, CiField.Project, "CI_PROJECT_PATH");
        var reference = Read(environment, missing, CiField.Ref, "CI_COMMIT_REF_NAME");
        return new CiContext(CiProvider.GitLabCi, commit, link, project, reference) { Missing = missing };
    }

    private static CiValue? Read(IEnvironmentReader environment, List<CiMissingVariable> missing, CiField field, string variable)
    {
        var value = environment.Get(variable)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            missing.Add(new CiMissingVariable(field, variable));
            return null;
        }

        return new CiValue(value, variable);
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
