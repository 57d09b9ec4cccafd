using Pharos.Gates.Deployments;

namespace Pharos.Gates.Tests.Deployments;

public class CiDetectorTests
{
    private static readonly Dictionary<string, string> GitHub = new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_SHA"] = "3f2a9c1d4e5b6a7980112233445566778899aabb",
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_REPOSITORY"] = "bank/payments",
        ["GITHUB_RUN_ID"] = "987654321",
        ["GITHUB_RUN_ATTEMPT"] = "1",
        ["GITHUB_REF_NAME"] = "main",
    };

    private static readonly Dictionary<string, string> GitLab = new()
    {
        ["GITLAB_CI"] = "true",
        ["CI_COMMIT_SHA"] = "0123456789abcdef0123456789abcdef01234567",
        ["CI_PIPELINE_URL"] = "https://gitlab.bank.example/payments/processor/-/pipelines/4711",
        ["CI_PROJECT_PATH"] = "payments/processor",
        ["CI_COMMIT_REF_NAME"] = "release/1.4",
    };

    [Fact]
    public void Detect_GitHubActions_ReadsCommitRunLinkProjectAndRef()
    {
        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(GitHub));

        Assert.Equal(CiProvider.GitHubActions, ci.Provider);
        Assert.Equal("3f2a9c1d4e5b6a7980112233445566778899aabb", ci.Commit?.Value);
        Assert.Equal("GITHUB_SHA", ci.Commit?.Source);
        Assert.Equal("https://github.com/bank/payments/actions/runs/987654321", ci.PipelineUrl?.Value);
        Assert.Equal("bank/payments", ci.Project?.Value);
        Assert.Equal("main", ci.Ref?.Value);
        Assert.Equal("github-actions", ci.ProviderName);
        Assert.Empty(ci.Missing);
        Assert.False(ci.Ambiguous);
    }

    [Fact]
    public void Detect_GitHubReRun_LinksTheAttempt()
    {
        var variables = new Dictionary<string, string>(GitHub) { ["GITHUB_RUN_ATTEMPT"] = "3" };

        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(variables));

        Assert.Equal("https://github.com/bank/payments/actions/runs/987654321/attempts/3", ci.PipelineUrl?.Value);
    }

    [Fact]
    public void Detect_GitHubEnterpriseServer_UsesItsServerUrl()
    {
        var variables = new Dictionary<string, string>(GitHub) { ["GITHUB_SERVER_URL"] = "https://github.bank.example/" };

        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(variables));

        Assert.Equal("https://github.bank.example/bank/payments/actions/runs/987654321", ci.PipelineUrl?.Value);
    }

    [Fact]
    public void Detect_GitHubWithoutRunId_RecordsTheMissingVariable()
    {
        var variables = new Dictionary<string, string>(GitHub);
        variables.Remove("GITHUB_RUN_ID");

        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(variables));

        Assert.Null(ci.PipelineUrl);
        Assert.Contains(new CiMissingVariable(CiField.PipelineUrl, "GITHUB_RUN_ID"), ci.Missing);
    }

    [Fact]
    public void Detect_GitLabCi_ReadsPredefinedVariables()
    {
        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(GitLab));

        Assert.Equal(CiProvider.GitLabCi, ci.Provider);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", ci.Commit?.Value);
        Assert.Equal("CI_COMMIT_SHA", ci.Commit?.Source);
        Assert.Equal("https://gitlab.bank.example/payments/processor/-/pipelines/4711", ci.PipelineUrl?.Value);
        Assert.Equal("CI_PIPELINE_URL", ci.PipelineUrl?.Source);
        Assert.Equal("payments/processor", ci.Project?.Value);
        Assert.Equal("release/1.4", ci.Ref?.Value);
        Assert.Equal("gitlab-ci", ci.ProviderName);
    }

    [Fact]
    public void Detect_NoCiVariables_ReturnsNone()
    {
        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(new Dictionary<string, string> { ["CI_COMMIT_SHA"] = "abc1234" }));

        Assert.Equal(CiProvider.None, ci.Provider);
        Assert.Null(ci.Commit);
    }

    [Fact]
    public void Detect_BothProviders_PrefersGitHubAndFlagsAmbiguity()
    {
        var both = new Dictionary<string, string>(GitLab);
        foreach (var (key, value) in GitHub)
        {
            both[key] = value;
        }

        var ci = CiDetector.Detect(new DictionaryEnvironmentReader(both));

        Assert.Equal(CiProvider.GitHubActions, ci.Provider);
        Assert.True(ci.Ambiguous);
    }

    [Theory]
    [InlineData("TRUE")]
    [InlineData(" true ")]
    public void Detect_FlagCaseAndSpaces_AreTolerated(string flag)
    {
        var variables = new Dictionary<string, string>(GitLab) { ["GITLAB_CI"] = flag };

        Assert.Equal(CiProvider.GitLabCi, CiDetector.Detect(new DictionaryEnvironmentReader(variables)).Provider);
    }
}
