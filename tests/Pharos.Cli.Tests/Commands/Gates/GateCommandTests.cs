using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Xml.Linq;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary><c>pharos gate …</c> scenarios against a started local environment on 127.0.0.1.</summary>
public sealed class GateCommandTests : IAsyncLifetime
{
    private const string Sha = "3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c";
    private GateScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        await _scenario.RegisterServiceAsync(regions: ["euw1", "euw2"]);
        await _scenario.RegisterServiceAsync(service: "ledger");
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private static string[] Target(string gate) => ["gate", gate, "--service", GateScenario.Service, "--env", GateScenario.Env];

    [Fact]
    public async Task PreDeploy_NoProblem_ProceedsWithExit0()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Ledger failure rate increase", GateScenario.Selector("ledger"));

        var result = await _scenario.RunAsync(Target("pre-deploy"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("pre-deploy payment-processor (prod): PROCEED (exit 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("[PRE_DEPLOY_NO_OPEN_PROBLEMS]", result.Output, StringComparison.Ordinal);
        Assert.Contains($"GET /api/v2/problems?problemSelector=status(\"open\")&entitySelector={GateScenario.Selector()}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreDeploy_OpenErrorProblem_BlocksWithExit1AndLinksTheProblem()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync([.. Target("pre-deploy"), "--output", "json"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var json = result.Json;
        Assert.Equal("BLOCK", json.GetProperty("verdict").GetString());
        Assert.Equal(1, json.GetProperty("exitCode").GetInt32());
        var blocking = json.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("reasonCode").GetString() == "PRE_DEPLOY_BLOCKING_PROBLEM");
        Assert.Equal("fail", blocking.GetProperty("outcome").GetString());
        Assert.StartsWith($"{_scenario.Environment.BaseAddress}#problems/problemdetails;pid=", blocking.GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreDeploy_PerformanceProblem_WarnsWithExit2_Or0WithWarningsPass()
    {
        await _scenario.RaiseAsync("PERFORMANCE_EVENT", "Response time degradation");

        var warned = await _scenario.RunAsync(Target("pre-deploy"));
        var passed = await _scenario.RunAsync([.. Target("pre-deploy"), "--warnings-pass"]);

        Assert.True(warned.ExitCode == 2, warned.ToString());
        Assert.StartsWith("pre-deploy payment-processor (prod): WARN (exit 2)", warned.Output, StringComparison.Ordinal);
        Assert.Contains("[PRE_DEPLOY_WARNING_PROBLEM]", warned.Output, StringComparison.Ordinal);
        Assert.True(passed.ExitCode == 0, passed.ToString());
        Assert.StartsWith("pre-deploy payment-processor (prod): WARN (exit 0)", passed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreDeploy_ProblemUnderAMaintenanceWindow_IsListedButDoesNotBlock()
    {
        await _scenario.CreateMaintenanceWindowAsync();
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase during the upgrade");

        var result = await _scenario.RunAsync(Target("pre-deploy"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("pre-deploy payment-processor (prod): PROCEED (exit 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("[PROBLEM_IGNORED_MAINTENANCE]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDeploy_CriticalProblemAfterTheDeployment_FailsWithExit1()
    {
        await DeployAsync("1.4.2");
        await _scenario.RaiseAsync("AVAILABILITY_EVENT", "Service unavailable");

        var result = await _scenario.RunAsync([.. Target("post-deploy"), "--output", "json"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var json = result.Json;
        Assert.Equal("FAILED", json.GetProperty("verdict").GetString());
        var objectives = json.GetProperty("objectives").EnumerateArray().ToList();
        Assert.Contains("1.4.2 (commit " + Sha, objectives.Single(o => o.GetProperty("reasonCode").GetString() == "POST_DEPLOY_DEPLOYMENT").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Single(objectives, o => o.GetProperty("reasonCode").GetString() == "POST_DEPLOY_CRITICAL_PROBLEM");
    }

    [Fact]
    public async Task PostDeploy_OnlyAProblemFromBeforeTheDeployment_IsHealthyWithExit0()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Old failure rate increase", start: DateTimeOffset.UtcNow.AddHours(-1), timeoutMinutes: 180);
        await DeployAsync("1.4.2");

        var result = await _scenario.RunAsync(Target("post-deploy"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("post-deploy payment-processor (prod): HEALTHY (exit 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("[POST_DEPLOY_PREEXISTING_PROBLEM]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDeploy_WithoutADeploymentEvent_IsAnErrorWithExit4()
    {
        var result = await _scenario.RunAsync(Target("post-deploy"));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("[POST_DEPLOY_NO_DEPLOYMENT]", result.Output, StringComparison.Ordinal);
        Assert.Contains("pharos deploy-event", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDeploy_Since_CountsProblemsFromThatTime()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var since = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var result = await _scenario.RunAsync([.. Target("post-deploy"), "--since", since]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"--since {since}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDeploy_Observe_PollsUntilTheWindowClosesAndSaysSo()
    {
        await DeployAsync("1.4.2");

        var result = await _scenario.RunAsync([.. Target("post-deploy"), "--observe", "2s", "--poll-interval", "1s", "--output", "json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var observed = result.Json.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("reasonCode").GetString() == "POST_DEPLOY_OBSERVED");
        Assert.Equal("until the window closed", observed.GetProperty("threshold").GetString());
        Assert.Matches(@"\[\d\d:\d\d:\d\dZ\] poll 1: HEALTHY", result.Error);
        Assert.Contains("poll 2: HEALTHY", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ReportFiles_AreWrittenInJUnitMarkdownAndCodeQuality()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var junit = Path.Combine(_scenario.Directory, "reports", "pre-deploy.xml");
        var markdown = Path.Combine(_scenario.Directory, "reports", "pre-deploy.md");
        var quality = Path.Combine(_scenario.Directory, "gl-code-quality-report.json");

        var result = await _scenario.RunAsync([.. Target("pre-deploy"), "--junit", junit, "--markdown", markdown, "--codequality", quality]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var suite = XDocument.Load(junit).Descendants("testsuite").Single();
        Assert.Equal("1", suite.Attribute("failures")?.Value);
        Assert.Contains("BLOCK", await File.ReadAllTextAsync(markdown), StringComparison.Ordinal);
        using var codeQuality = JsonDocument.Parse(await File.ReadAllTextAsync(quality));
        var issue = Assert.Single(codeQuality.RootElement.EnumerateArray());
        Assert.Equal("critical", issue.GetProperty("severity").GetString());
        Assert.Equal("pharos/pre-deploy/PRE_DEPLOY_BLOCKING_PROBLEM", issue.GetProperty("check_name").GetString());
    }

    [Fact]
    public async Task Gate_InGitHubActions_AnnotatesOnStderrAndAppendsTheStepSummary()
    {
        // On different entities (regions): events on the same entity merge into one problem, as in Dynatrace.
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase", GateScenario.Selector() + ",tag(\"[Kubernetes]cost.region:euw1\")");
        await _scenario.RaiseAsync("PERFORMANCE_EVENT", "Response time degradation", GateScenario.Selector() + ",tag(\"[Kubernetes]cost.region:euw2\")");
        var summary = Path.Combine(_scenario.Directory, "step-summary.md");
        await File.WriteAllTextAsync(summary, "# earlier step\n");
        var variables = _scenario.Variables(("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", summary));

        var result = await GateScenario.RunAsync(variables, [.. Target("pre-deploy"), "--output", "json"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("BLOCK", result.Json.GetProperty("verdict").GetString());
        var annotations = result.Error.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.True(annotations.Count == 2, result.ToString());
        Assert.StartsWith("::error title=pharos gate pre-deploy BLOCK%3A problem P-", annotations[0], StringComparison.Ordinal);
        Assert.StartsWith("::warning title=", annotations[1], StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(summary);
        Assert.StartsWith("# earlier step\n", text, StringComparison.Ordinal);
        Assert.Contains("BLOCK", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_OutsideGitHubActions_WritesNoAnnotations()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync(Target("pre-deploy"));

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("::error", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_UnreachableEnvironment_IsAnErrorWithExit4()
    {
        var variables = _scenario.Variables(("DT_ENV_URL", $"http://127.0.0.1:{FreePort()}"));

        var result = await GateScenario.RunAsync(variables, Target("pre-deploy"));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.StartsWith("pre-deploy payment-processor (prod): ERROR (exit 4)", result.Output, StringComparison.Ordinal);
        Assert.Contains("[DATA_UNAVAILABLE]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_scenario.Token, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_SloWithoutAnyMatchingSlo_IsAnErrorWithExit4()
    {
        var result = await _scenario.RunAsync(Target("slo"));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("[SLO_NONE_FOUND]", result.Output, StringComparison.Ordinal);
        Assert.Contains("GET /api/v2/slo?sloSelector=text(\"payment-processor\")&timeFrame=CURRENT&evaluate=true", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output", "xml", "--output must be text or json, not 'xml'.")]
    [InlineData("--observe", "ten minutes", "--observe must be a duration such as 90s, 10m, 1h30m or 2d, not 'ten minutes'.")]
    [InlineData("--observe", "999999999d", "--observe must be a duration such as 90s, 10m, 1h30m or 2d, not '999999999d'.")]
    [InlineData("--since", "yesterday", "--since must be an ISO 8601 time such as 2025-03-14T09:40:00Z, not 'yesterday'.")]
    [InlineData("--no-such-flag", "x", "Unrecognized command or argument '--no-such-flag'.")]
    public async Task Gate_BadInput_IsExit4WithTheReason(string flag, string value, string message)
    {
        var result = await _scenario.RunAsync([.. Target("post-deploy"), flag, value]);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_WithoutService_IsExit4()
    {
        var result = await _scenario.RunAsync("gate", "pre-deploy", "--env", "prod");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--service is required: the catalog service.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canary_SameVersionTwice_IsExit4()
    {
        var result = await _scenario.RunAsync([.. Target("canary"), "--canary", "1.5.0", "--stable", "1.5.0"]);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--canary and --stable are both '1.5.0'", result.Error, StringComparison.Ordinal);
    }

    private async Task DeployAsync(string version)
    {
        var sent = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", version, "--commit", Sha,
            "--pipeline-url", $"https://ci.example.com/runs/{version}");
        Assert.True(sent.ExitCode == 0, sent.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
