using System.Text.Json;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary>Gate verbs with <c>--catalog</c> / <c>--generated</c>: the catalog's gates block decides, a flag beats it, and every decision says where each threshold came from.</summary>
public sealed class GatePolicyCommandTests : IAsyncLifetime
{
    private const string Profiles = """
        monitoringProfiles:
          api:
            dynatrace:
              enabled: true
              primary: true
            gates:
              preDeploy:
                lookback: 45m
        """;

    // Line 9 column 31 is the '[' of blockingSeverities' value.
    private const string Services = """
        services:
          - name: payment-processor
            regions: [euw1]
            enabledIn: [prod]
            monitoringProfile: api
            monitoring:
              gates:
                preDeploy:
                  blockingSeverities: [AVAILABILITY]
                  warningSeverities: [ERROR, PERFORMANCE]
        """;

    private GateScenario _scenario = null!;
    private string _catalog = null!;

    public async Task InitializeAsync()
    {
        _scenario = await GateScenario.StartAsync();
        await _scenario.RegisterServiceAsync();
        _catalog = WriteCatalog(Services);
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private string WriteCatalog(string services)
    {
        var folder = Path.Combine(_scenario.Directory, "catalog-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "monitoring-profiles.yaml"), Profiles + "\n");
        File.WriteAllText(Path.Combine(folder, "services.yaml"), services + "\n");
        return folder;
    }

    private static string[] PreDeploy(params string[] more) =>
        ["gate", "pre-deploy", "--service", GateScenario.Service, "--env", GateScenario.Env, .. more];

    private static Dictionary<string, (string Value, string Source)> Policy(JsonElement json) =>
        json.GetProperty("policy").EnumerateArray().ToDictionary(
            p => p.GetProperty("setting").GetString()!,
            p => (p.GetProperty("value").GetString()!, p.GetProperty("source").GetString()!));

    [Fact]
    public async Task PreDeploy_CatalogMakesErrorAWarning_WarnsWithExit2AndNamesEverySource()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync(PreDeploy("--catalog", _catalog, "--output", "json"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("WARN", result.Json.GetProperty("verdict").GetString());
        var policy = Policy(result.Json);
        Assert.Equal(("[AVAILABILITY]", $"service payment-processor gates ({_catalog}/services.yaml:9:31)"), policy["preDeploy.blockingSeverities"]);
        Assert.Equal(("[ERROR, PERFORMANCE]", $"service payment-processor gates ({_catalog}/services.yaml:10:30)"), policy["preDeploy.warningSeverities"]);
        Assert.Equal(("45m", $"profile api gates ({_catalog}/monitoring-profiles.yaml:8:19)"), policy["preDeploy.lookback"]);
        Assert.Equal(("false", "default (seed 002)"), policy["warningsPass"]);
        var window = result.Json.GetProperty("window");
        Assert.Equal(TimeSpan.FromMinutes(45), window.GetProperty("to").GetDateTimeOffset() - window.GetProperty("from").GetDateTimeOffset());
    }

    [Fact]
    public async Task PreDeploy_WithoutCatalog_KeepsTheSeedDefaultAndBlocks()
    {
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync(PreDeploy("--output", "json"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(("[AVAILABILITY, ERROR]", "default (seed 002)"), Policy(result.Json)["preDeploy.blockingSeverities"]);
    }

    [Fact]
    public async Task PreDeploy_WarningsPassFlag_BeatsTheCatalog()
    {
        var catalog = WriteCatalog(Services + "\n        warningsPass: false");
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync(PreDeploy("--catalog", catalog, "--warnings-pass", "--output", "json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(("true", "--warnings-pass"), Policy(result.Json)["warningsPass"]);
    }

    [Fact]
    public async Task PreDeploy_GeneratedFolder_UsesTheSamePolicyAsTheCatalog()
    {
        var generated = Path.Combine(_scenario.Directory, "generated");
        var (code, _, error) = await CliRunner.Run("generate", "--catalog", _catalog, "--out", generated);
        Assert.True(code == 0, error);
        await _scenario.RaiseAsync("ERROR_EVENT", "Failure rate increase");

        var result = await _scenario.RunAsync(PreDeploy("--generated", generated, "--output", "json"));

        Assert.True(result.ExitCode == 2, result.ToString());
        var (value, source) = Policy(result.Json)["preDeploy.blockingSeverities"];
        Assert.Equal("[AVAILABILITY]", value);
        Assert.StartsWith($"service payment-processor gates ({generated}/payment-processor/prod/euw1/monitoring/dynatrace-app-config.yaml:", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_CatalogWithABadGateSetting_IsExit4WithTheDiagnostic()
    {
        var catalog = WriteCatalog(Services.Replace("[AVAILABILITY]", "[AVAILABILTY]", StringComparison.Ordinal));

        var result = await _scenario.RunAsync(PreDeploy("--catalog", catalog));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("services.yaml:9:32", result.Error, StringComparison.Ordinal);
        Assert.Contains("PH1231", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'AVAILABILITY'?", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Gate_ServiceNotInTheCatalog_IsExit4WithDidYouMean()
    {
        var result = await _scenario.RunAsync("gate", "pre-deploy", "--service", "payment-procesor", "--env", "prod", "--catalog", _catalog);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("service 'payment-procesor' is not in", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'payment-processor'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_EnvironmentTheServiceIsNotEnabledIn_IsExit4()
    {
        var result = await _scenario.RunAsync("gate", "pre-deploy", "--service", GateScenario.Service, "--env", "int-stable", "--catalog", _catalog);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("is not enabled in 'int-stable'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_CatalogAndGenerated_IsExit4()
    {
        var result = await _scenario.RunAsync(PreDeploy("--catalog", _catalog, "--generated", _catalog));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--catalog and --generated both give a gate policy", result.Error, StringComparison.Ordinal);
    }
}
