namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary><c>pharos trace problem|deployments</c> against a started local environment.</summary>
public sealed class TraceCommandTests : IAsyncLifetime
{
    private const string Sha = "3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c";
    private GateScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        await _scenario.RegisterServiceAsync();
        await _scenario.RegisterServiceAsync(env: "int-stable");
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task TraceProblem_ByDisplayId_NamesTheDeploymentBeforeItWithVersionCommitAndPipeline()
    {
        await DeployAsync("1.4.1", "https://ci.example.com/runs/41", "1111111");
        await DeployAsync("1.4.2", "https://ci.example.com/runs/42", Sha);
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var displayId = (await _scenario.GetJsonAsync("problems?from=now-1h")).GetProperty("problems")[0].GetProperty("displayId").GetString()!;

        var text = await _scenario.RunAsync("trace", "problem", displayId);
        var json = await _scenario.RunAsync("trace", "problem", displayId, "--output", "json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"suspect: 1.4.2 (commit {Sha}, https://ci.example.com/runs/42) at ", text.Output, StringComparison.Ordinal);
        Assert.Contains($"GET /api/v2/problems?problemSelector=displayId(\"{displayId}\")", text.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var suspect = json.Json.GetProperty("suspect");
        Assert.Equal("1.4.2", suspect.GetProperty("version").GetString());
        Assert.Equal(Sha, suspect.GetProperty("commit").GetString());
        Assert.Equal("https://ci.example.com/runs/42", suspect.GetProperty("pipelineUrl").GetString());
        Assert.Equal(displayId, json.Json.GetProperty("problem").GetProperty("displayId").GetString());
    }

    [Fact]
    public async Task TraceProblem_ByProblemId_FindsItToo()
    {
        await DeployAsync("1.4.2", "https://ci.example.com/runs/42", Sha);
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var problemId = (await _scenario.GetJsonAsync("problems?from=now-1h")).GetProperty("problems")[0].GetProperty("problemId").GetString()!;

        var result = await _scenario.RunAsync("trace", "problem", problemId, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1.4.2", result.Json.GetProperty("suspect").GetProperty("version").GetString());
    }

    [Fact]
    public async Task TraceProblem_UnknownProblem_IsPH6060WithExit4()
    {
        var result = await _scenario.RunAsync("trace", "problem", "P-99999");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("error PH6060", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraceDeployments_ListsEachDeploymentWithTheProblemsThatFollowedIt()
    {
        await DeployAsync("1.4.1", "https://ci.example.com/runs/41", "1111111");
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var all = await _scenario.RunAsync("trace", "deployments", GateScenario.Service, "--output", "json");
        var prod = await _scenario.RunAsync("trace", "deployments", GateScenario.Service, "--env", "prod");
        var other = await _scenario.RunAsync("trace", "deployments", GateScenario.Service, "--env", "int-stable");

        Assert.True(all.ExitCode == 0, all.ToString());
        var deployment = Assert.Single(all.Json.GetProperty("deployments").EnumerateArray());
        Assert.Equal("1.4.1", deployment.GetProperty("deployment").GetProperty("version").GetString());
        Assert.Equal("Failure rate increase", Assert.Single(deployment.GetProperty("problems").EnumerateArray()).GetProperty("title").GetString());
        Assert.Contains("1 deployment of payment-processor (prod)", prod.Output, StringComparison.Ordinal);
        Assert.Contains("\"Failure rate increase\"", prod.Output, StringComparison.Ordinal);
        Assert.Contains("0 deployments of payment-processor (int-stable)", other.Output, StringComparison.Ordinal);
    }

    private async Task DeployAsync(string version, string pipeline, string commit)
    {
        var sent = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", version,
            "--commit", commit, "--pipeline-url", pipeline);
        Assert.True(sent.ExitCode == 0, sent.ToString());
    }
}
