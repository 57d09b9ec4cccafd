using Pharos.Core.Diagnostics;
using Pharos.Gates.Deployments;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Deployments;

public class DeploymentEventBuilderTests
{
    private static readonly IEnvironmentReader NoCi = new DictionaryEnvironmentReader(new Dictionary<string, string>());

    private static readonly DeploymentEventInput Flags = new()
    {
        Service = "payment-processor",
        Environment = "prod",
        Version = "1.4.2",
        EntitySelector = TestData.Target.EntitySelector,
        Commit = "3f2a9c1d4e5b6a7980112233445566778899aabb",
        PipelineUrl = "https://github.com/bank/payments/actions/runs/1",
        Project = "bank/payments",
    };

    private static DeploymentEventBuild Build(DeploymentEventInput input, IEnvironmentReader? environment = null) =>
        DeploymentEventBuilder.Build(input, environment ?? NoCi, new ManualTimeProvider(TestData.Now));

    private static Diagnostic Only(DeploymentEventBuild build, string code) => Assert.Single(build.Diagnostics, d => d.Code == code);

    [Fact]
    public void Build_AllFlags_SetsEveryDeploymentProperty()
    {
        var build = Build(Flags with { Stage = "production", Product = "payments", BuildVersion = "1.4.2+77", RemediationActionLink = "https://runbooks.bank.example/payments" });

        Assert.Empty(build.Diagnostics);
        var request = Assert.IsType<Pharos.Gates.Data.EventIngestRequest>(build.Request);
        Assert.Equal("CUSTOM_DEPLOYMENT", request.EventType);
        Assert.Equal("Deploy payment-processor 1.4.2 to prod", request.Title);
        Assert.Equal(TestData.Target.EntitySelector, request.EntitySelector);
        Assert.Null(request.StartTime);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["dt.event.deployment.ci_back_link"] = "https://github.com/bank/payments/actions/runs/1",
                ["dt.event.deployment.name"] = "payment-processor",
                ["dt.event.deployment.project"] = "bank/payments",
                ["dt.event.deployment.release_build_version"] = "1.4.2+77",
                ["dt.event.deployment.release_product"] = "payments",
                ["dt.event.deployment.release_stage"] = "production",
                ["dt.event.deployment.remediation_action_link"] = "https://runbooks.bank.example/payments",
                ["dt.event.deployment.version"] = "1.4.2",
                ["dt.event.is_rootcause_relevant"] = "true",
                ["gitcommit"] = "3f2a9c1d4e5b6a7980112233445566778899aabb",
                ["pharos.environment"] = "prod",
                ["pharos.service"] = "payment-processor",
            },
            request.Properties);
        Assert.Equal(request.Properties.Keys.Order(StringComparer.Ordinal), request.Properties.Keys);
    }

    [Fact]
    public void Build_StageAndProductNotGiven_DefaultToEnvironmentAndService()
    {
        var request = Build(Flags).Request!;

        Assert.Equal("prod", request.Properties["dt.event.deployment.release_stage"]);
        Assert.Equal("payment-processor", request.Properties["dt.event.deployment.release_product"]);
    }

    [Fact]
    public void Build_InGitHubActionsWithoutFlags_ReadsCommitLinkAndProjectAndSaysSo()
    {
        var github = new DictionaryEnvironmentReader(new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_SHA"] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "bank/payments",
            ["GITHUB_RUN_ID"] = "42",
            ["GITHUB_REF_NAME"] = "main",
        });

        var build = Build(Flags with { Commit = null, PipelineUrl = null, Project = null }, github);

        var request = build.Request!;
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", request.Properties["gitcommit"]);
        Assert.Equal("https://github.com/bank/payments/actions/runs/42", request.Properties["dt.event.deployment.ci_back_link"]);
        Assert.Equal("bank/payments", request.Properties["dt.event.deployment.project"]);
        Assert.Equal("github-actions", request.Properties["ci.provider"]);
        Assert.Equal("main", request.Properties["ci.ref"]);
        Assert.All(build.Diagnostics, d => Assert.Equal("PH6020", d.Code));
        Assert.Equal(
            ["commit read from GITHUB_SHA.", "pipeline link read from GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID.", "project read from GITHUB_REPOSITORY."],
            build.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(build.Diagnostics, d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void Build_InGitLabCi_ReadsPredefinedVariables()
    {
        var gitlab = new DictionaryEnvironmentReader(new Dictionary<string, string>
        {
            ["GITLAB_CI"] = "true",
            ["CI_COMMIT_SHA"] = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ["CI_PIPELINE_URL"] = "https://gitlab.bank.example/payments/processor/-/pipelines/4711",
            ["CI_PROJECT_PATH"] = "payments/processor",
        });

        var request = Build(Flags with { Commit = null, PipelineUrl = null, Project = null }, gitlab).Request!;

        Assert.Equal("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", request.Properties["gitcommit"]);
        Assert.Equal("https://gitlab.bank.example/payments/processor/-/pipelines/4711", request.Properties["dt.event.deployment.ci_back_link"]);
        Assert.Equal("payments/processor", request.Properties["dt.event.deployment.project"]);
        Assert.Equal("gitlab-ci", request.Properties["ci.provider"]);
    }

    [Fact]
    public void Build_FlagsAndCi_FlagsWinWithoutNotes()
    {
        var gitlab = new DictionaryEnvironmentReader(new Dictionary<string, string>
        {
            ["GITLAB_CI"] = "true",
            ["CI_COMMIT_SHA"] = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ["CI_PIPELINE_URL"] = "https://gitlab.bank.example/p/-/pipelines/1",
            ["CI_PROJECT_PATH"] = "p",
            ["CI_COMMIT_REF_NAME"] = "main",
        });

        var build = Build(Flags, gitlab);

        Assert.Empty(build.Diagnostics);
        Assert.Equal(Flags.Commit, build.Request!.Properties["gitcommit"]);
        Assert.Equal(Flags.PipelineUrl, build.Request.Properties["dt.event.deployment.ci_back_link"]);
    }

    [Fact]
    public void Build_MissingServiceEnvironmentAndVersion_ReportsPH6001ForEachAndNoRequest()
    {
        var build = Build(Flags with { Service = null, Environment = " ", Version = "" });

        Assert.Null(build.Request);
        Assert.True(build.HasErrors);
        Assert.Equal(
            [
                "--env is required: it gives the deployment's environment. Pass --env <value>.",
                "--service is required: it gives the deployment's service (catalog name). Pass --service <value>.",
                "--version is required: it gives the deployment's version. Pass --version <value>.",
            ],
            build.Diagnostics.Where(d => d.Code == "PH6001").Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_PropertyOverridingBuiltIn_ReportsPH6007()
    {
        var build = Build(Flags with { ExtraProperties = [new("dt.event.deployment.version", "9.9.9")] });

        Assert.Null(build.Request);
        Assert.Equal("property 'dt.event.deployment.version' is set by Pharos from --version; a --property with the same key would silently replace it. Use --version instead.", Only(build, "PH6007").Message);
    }

    [Fact]
    public void Build_PipelineUrlNotHttp_ReportsPH6008()
    {
        var build = Build(Flags with { PipelineUrl = "ftp://ci/run/1" });

        Assert.Equal("--pipeline-url 'ftp://ci/run/1' is not an absolute http(s) URL, so Dynatrace could not link back to it. Pass the full URL, e.g. https://github.com/org/repo/actions/runs/123.", Only(build, "PH6008").Message);
    }

    [Fact]
    public void Build_CommitNotASha_WarnsPH6013ButBuilds()
    {
        var build = Build(Flags with { Commit = "HEAD" });

        var d = Only(build, "PH6013");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("commit 'HEAD' is not a 7–64 character hexadecimal git SHA, so it cannot be matched to a commit later. Pass the full SHA (git rev-parse HEAD).", d.Message);
        Assert.NotNull(build.Request);
    }

    [Fact]
    public void Build_SamePropertyTwice_ReportsPH6014()
    {
        var build = Build(Flags with { ExtraProperties = [new("change-request", "CHG1"), new("change-request", "CHG2")] });

        Assert.Equal("property 'change-request' is given more than once. Keep one --property change-request=… value.", Only(build, "PH6014").Message);
    }

    [Fact]
    public void Build_ExtraProperties_AreAdded()
    {
        var build = Build(Flags with { ExtraProperties = [new("change-request", "CHG0042"), new("approver", "j.doe")] });

        Assert.Equal("CHG0042", build.Request!.Properties["change-request"]);
        Assert.Equal("j.doe", build.Request.Properties["approver"]);
    }

    [Fact]
    public void Build_BothCiProviders_WarnsPH6021()
    {
        var both = new DictionaryEnvironmentReader(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITLAB_CI"] = "true" });

        var build = Build(Flags, both);

        Assert.Equal("both GITHUB_ACTIONS and GITLAB_CI are set; using GitHub Actions variables. Pass --commit, --pipeline-url and --project explicitly to be sure.", Only(build, "PH6021").Message);
    }

    [Fact]
    public void Build_CiVariableMissingAndNoFlag_WarnsPH6022()
    {
        var gitlab = new DictionaryEnvironmentReader(new Dictionary<string, string>
        {
            ["GITLAB_CI"] = "true",
            ["CI_COMMIT_SHA"] = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ["CI_PROJECT_PATH"] = "p",
        });

        var build = Build(Flags with { PipelineUrl = null }, gitlab);

        var d = Only(build, "PH6022");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("running in GitLab CI but CI_PIPELINE_URL is not set, so the pipeline link is unknown. Pass it explicitly.", d.Message);
    }

    [Fact]
    public void Build_NoCommitAndNoLink_WarnsPH6023()
    {
        var build = Build(Flags with { Commit = null, PipelineUrl = null });

        Assert.Equal("the deployment has neither a commit nor a pipeline link, so 'pharos trace' cannot say which change caused a problem. Pass --commit and --pipeline-url, or run in GitHub Actions or GitLab CI.", Only(build, "PH6023").Message);
        Assert.NotNull(build.Request);
    }

    [Fact]
    public void Build_TooManyExtraProperties_IsRejectedBeforeSending()
    {
        var extras = Enumerable.Range(0, 95).Select(i => new KeyValuePair<string, string>($"extra{i}", "x")).ToList();

        var build = Build(Flags with { ExtraProperties = extras });

        Assert.Null(build.Request);
        Assert.Contains(build.Diagnostics, d => d.Code == "PH6002");
    }

    [Fact]
    public void Build_StartTime_IsSentAndValidated()
    {
        var build = Build(Flags with { StartTime = TestData.Now.AddMinutes(-3) });

        Assert.Equal(TestData.Now.AddMinutes(-3), build.Request!.StartTime);
    }
}
