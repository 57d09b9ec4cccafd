using System.Text.Json;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary><c>pharos trace problem ID --comment</c> against a started local environment: the suspect goes onto the problem once.</summary>
public sealed class TraceCommentCommandTests : IAsyncLifetime
{
    private const string Sha = "3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c";
    private const string Pipeline = "https://ci.example.com/runs/42";
    private GateScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        await _scenario.RegisterServiceAsync();
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private async Task<(string ProblemId, string DisplayId)> DeployThenBreakAsync()
    {
        var sent = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.2",
            "--commit", Sha, "--pipeline-url", Pipeline);
        Assert.True(sent.ExitCode == 0, sent.ToString());
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var problem = (await _scenario.GetJsonAsync("problems?from=now-1h")).GetProperty("problems")[0];
        return (problem.GetProperty("problemId").GetString()!, problem.GetProperty("displayId").GetString()!);
    }

    private async Task<List<JsonElement>> CommentsAsync(string problemId) =>
        [.. (await _scenario.GetJsonAsync($"problems/{Uri.EscapeDataString(problemId)}/comments")).GetProperty("comments").EnumerateArray()];

    [Fact]
    public async Task Comment_FirstRun_AddsTheSuspectWithVersionCommitAndPipeline()
    {
        var (problemId, displayId) = await DeployThenBreakAsync();

        var result = await _scenario.RunAsync("trace", "problem", displayId, "--comment");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("comment: added to the problem (", result.Output, StringComparison.Ordinal);
        Assert.Contains($"POST /api/v2/problems/{problemId}/comments", result.Output, StringComparison.Ordinal);
        var comment = Assert.Single(await CommentsAsync(problemId));
        var content = comment.GetProperty("content").GetString()!;
        Assert.StartsWith("Suspect deployment (pharos trace): payment-processor 1.4.2 in prod, deployed ", content, StringComparison.Ordinal);
        Assert.Contains($"\ncommit: {Sha}\npipeline: {Pipeline}", content, StringComparison.Ordinal);
        Assert.Equal("pharos trace", comment.GetProperty("context").GetString());
    }

    [Fact]
    public async Task Comment_SecondRun_DoesNotAddTheSameCommentAgain()
    {
        var (problemId, displayId) = await DeployThenBreakAsync();

        var first = await _scenario.RunAsync("trace", "problem", displayId, "--comment", "--output", "json");
        var second = await _scenario.RunAsync("trace", "problem", problemId, "--comment", "--output", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("added", first.Json.GetProperty("comment").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(first.Json.GetProperty("comment").GetProperty("id").GetString()));
        Assert.Equal("exists", second.Json.GetProperty("comment").GetProperty("status").GetString());
        Assert.Equal(first.Json.GetProperty("comment").GetProperty("content").GetString(), second.Json.GetProperty("comment").GetProperty("content").GetString());
        Assert.DoesNotContain(second.Json.GetProperty("requests").EnumerateArray(), r => r.GetString()!.StartsWith("POST ", StringComparison.Ordinal));
        Assert.Single(await CommentsAsync(problemId));
    }

    [Fact]
    public async Task Comment_NoDeploymentBeforeTheProblem_AddsNothing()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");
        var problemId = (await _scenario.GetJsonAsync("problems?from=now-1h")).GetProperty("problems")[0].GetProperty("problemId").GetString()!;

        var result = await _scenario.RunAsync("trace", "problem", problemId, "--comment", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("noSuspect", result.Json.GetProperty("comment").GetProperty("status").GetString());
        Assert.Empty(await CommentsAsync(problemId));
    }

    [Fact]
    public async Task Comment_TokenWithoutProblemsWrite_IsPH6062WithExit4()
    {
        var (problemId, displayId) = await DeployThenBreakAsync();
        var reader = await _scenario.Environment.Tokens.CreateAsync("trace-reader", ["problems.read", "events.read", "entities.read"], CancellationToken.None);
        var variables = _scenario.Variables(("DT_API_TOKEN", reader.Token!));

        var result = await GateScenario.RunAsync(variables, "trace", "problem", displayId, "--comment");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains($"error PH6062: could not comment the deployment onto problem {displayId}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Check that the token has the problems.read and problems.write scopes.", result.Error, StringComparison.Ordinal);
        Assert.Contains("suspect: 1.4.2", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(reader.Token!, result.Output + result.Error, StringComparison.Ordinal);
        Assert.Empty(await CommentsAsync(problemId));
    }
}
