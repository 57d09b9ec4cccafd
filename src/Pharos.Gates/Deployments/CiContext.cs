namespace Pharos.Gates.Deployments;

public enum CiProvider
{
    None,
    GitHubActions,
    GitLabCi,
}

/// <summary>What a CI value is for: the flag that would otherwise give it.</summary>
public enum CiField
{
    Commit,
    PipelineUrl,
    Project,
    Ref,
}

/// <summary>A value read from CI variables and where it came from (for the PH6020 note).</summary>
public sealed record CiValue(string Value, string Source);

/// <summary>A variable the detected CI system should have set but did not.</summary>
public sealed record CiMissingVariable(CiField Field, string Variable);

/// <summary>What the CI system says about the running pipeline; each value is null when unknown.</summary>
public sealed record CiContext(CiProvider Provider, CiValue? Commit, CiValue? PipelineUrl, CiValue? Project, CiValue? Ref)
{
    public static CiContext None { get; } = new(CiProvider.None, null, null, null, null);

    /// <summary>True when both GitHub Actions and GitLab CI variables were present (GitHub wins).</summary>
    public bool Ambiguous { get; init; }

    public IReadOnlyList<CiMissingVariable> Missing { get; init; } = [];

    /// <summary><c>github-actions</c>, <c>gitlab-ci</c> or null: the value of the <c>ci.provider</c> property.</summary>
    public string? ProviderName => Provider switch
    {
        CiProvider.GitHubActions => "github-actions",
        CiProvider.GitLabCi => "gitlab-ci",
        _ => null,
    };

    /// <summary>"GitHub Actions", "GitLab CI" or "no CI", for messages.</summary>
    public string DisplayName => Provider switch
    {
        CiProvider.GitHubActions => "GitHub Actions",
        CiProvider.GitLabCi => "GitLab CI",
        _ => "no CI",
    };
}
