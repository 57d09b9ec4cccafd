using System.Text.Json;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary><c>pharos deploy-event</c> against a started local environment.</summary>
public sealed class DeployEventCommandTests : IAsyncLifetime
{
    private const string Sha = "3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c";
    private GateScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await GateScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task DeployEvent_ServiceWithEntitiesInTwoRegions_ReachesBothAndExits0()
    {
        var ids = await _scenario.RegisterServiceAsync(regions: ["euw1", "euw2"]);
        await _scenario.RegisterServiceAsync(env: "int-stable");

        var result = await _scenario.RunAsync(
            "deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.2",
            "--commit", Sha, "--pipeline-url", "https://ci.example.com/runs/42", "--project", "payments/processor", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal(2, json.GetProperty("reportCount").GetInt32());
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Equal("OK", r.GetProperty("status").GetString()));
        Assert.Equal(GateScenario.Selector(), json.GetProperty("event").GetProperty("entitySelector").GetString());

        var events = await _scenario.GetJsonAsync("events?eventSelector=eventType(\"CUSTOM_DEPLOYMENT\")&from=now-1h");
        var stored = events.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Select(e => e.GetProperty("entityId").GetProperty("entityId").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var properties = stored[0].GetProperty("properties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal("1.4.2", properties["dt.event.deployment.version"]);
        Assert.Equal(Sha, properties["gitcommit"]);
        Assert.Equal("https://ci.example.com/runs/42", properties["dt.event.deployment.ci_back_link"]);
        Assert.Equal("payments/processor", properties["dt.event.deployment.project"]);
        Assert.Equal("prod", properties["dt.event.deployment.release_stage"]);
        Assert.Equal("Deploy payment-processor 1.4.2 to prod", stored[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeployEvent_NoEntityCarriesTheServiceTags_IsPH6030AndExits4()
    {
        await _scenario.RegisterServiceAsync(service: "ledger");

        var result = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.2", "--commit", Sha);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("error PH6030", result.Error, StringComparison.Ordinal);
        Assert.Contains("attached it to no entity", result.Error, StringComparison.Ordinal);
        Assert.Contains("Sent, but not recorded as asked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeployEvent_WithoutVersion_SendsNothingAndExits4WithPH6001()
    {
        await _scenario.RegisterServiceAsync();

        var result = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--commit", Sha);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("error PH6001", result.Error, StringComparison.Ordinal);
        Assert.Contains("--version", result.Error, StringComparison.Ordinal);
        var events = await _scenario.GetJsonAsync("events?eventSelector=eventType(\"CUSTOM_DEPLOYMENT\")&from=now-1h");
        Assert.Equal(0, events.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task DeployEvent_InGitHubActions_ReadsCommitRunLinkAndProjectFromTheRun()
    {
        await _scenario.RegisterServiceAsync();
        var variables = _scenario.Variables(
            ("GITHUB_ACTIONS", "true"), ("GITHUB_SHA", Sha), ("GITHUB_SERVER_URL", "https://github.com"),
            ("GITHUB_REPOSITORY", "bank/payment-processor"), ("GITHUB_RUN_ID", "987654"), ("GITHUB_REF_NAME", "main"));

        var result = await GateScenario.RunAsync(variables, "deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.3", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var properties = result.Json.GetProperty("event").GetProperty("properties");
        Assert.Equal(Sha, properties.GetProperty("gitcommit").GetString());
        Assert.Equal("https://github.com/bank/payment-processor/actions/runs/987654", properties.GetProperty("dt.event.deployment.ci_back_link").GetString());
        Assert.Equal("github-actions", properties.GetProperty("ci.provider").GetString());
        Assert.Contains(result.Json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PH6020");
    }

    [Fact]
    public async Task DeployEvent_EnvironmentNotSet_IsPH7001AndExits4WithoutSending()
    {
        var result = await GateScenario.RunAsync(new Dictionary<string, string>(), "deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.2", "--commit", Sha);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("PH7001", result.Error, StringComparison.Ordinal);
        Assert.Contains("PH7010", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeployEvent_BadPropertyFlag_Exits4()
    {
        var result = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.4.2", "--property", "novalue");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--property must be key=value, not 'novalue'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeployEvent_TheTokenNeverAppearsInOutput()
    {
        await _scenario.RegisterServiceAsync();
        var texts = new List<string>();
        foreach (var format in new[] { "text", "json" })
        {
            var sent = await _scenario.RunAsync("deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "9.9.9", "--commit", Sha, "--output", format);
            texts.Add(sent.Output + sent.Error);
        }

        var swapped = await GateScenario.RunAsync(
            new Dictionary<string, string> { ["DT_ENV_URL"] = _scenario.Token, ["DT_API_TOKEN"] = _scenario.Token },
            "deploy-event", "--service", GateScenario.Service, "--env", GateScenario.Env, "--version", "1.0.0", "--commit", Sha);
        Assert.Equal(4, swapped.ExitCode);
        texts.Add(swapped.Output + swapped.Error);

        foreach (var text in texts)
        {
            Assert.DoesNotContain(_scenario.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(_scenario.Token.Split('.')[2], text, StringComparison.Ordinal);
        }
    }
}
