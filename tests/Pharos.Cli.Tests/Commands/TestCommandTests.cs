using System.CommandLine;
using System.Text.Json;
using Pharos.Cli.Commands.Test;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Tests.Commands;

public sealed class TestCommandTests
{
    private const string ExampleFile = "examples/alert-tests/payment-processor.alert-test.yaml";

    private static readonly string[] ExampleCases =
    [
        "success rate below 95 opens a critical problem that closes again",
        "the owner is e-mailed when the problem opens and when it closes",
        "error rate above 0.05 percent on the service opens a problem on that service",
        "one bad minute is not a problem",
    ];

    // The verb is not registered in PharosCli yet, so it runs under its own root with the same I/O as CliRunner.
    private static async Task<(int ExitCode, string Output, string Error)> RunTest(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, IsTerminal: false, CliRunner.RepoRoot);
        var root = new RootCommand { TestCommand.Create(io) };
        var code = await root.Parse(["test", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    // A copy outside the repository: the catalog path becomes absolute so the copy still finds the example catalog.
    private static string CopyExample(Func<string, string> edit)
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, ExampleFile))
            .Replace("catalog: ../platform-next", "catalog: " + Path.Combine(CliRunner.RepoRoot, "examples", "platform-next"), StringComparison.Ordinal);
        var path = Path.Combine(CliRunner.TempDir(), "payment-processor.alert-test.yaml");
        File.WriteAllText(path, edit(text));
        return path;
    }

    [Fact]
    public async Task Test_ExampleFile_PassesEveryCaseWithExitZero()
    {
        var (code, output, error) = await RunTest(ExampleFile);

        Assert.True(code == 0, output + error);
        foreach (var name in ExampleCases)
        {
            Assert.Contains("  ✓ " + name + " (", output, StringComparison.Ordinal);
        }

        Assert.Contains("4 tests: 4 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_WrongClosingMinute_FailsWithExitOneAndShowsTheDifference()
    {
        var path = CopyExample(text => text.Replace("{ at: 9, status: closed, title: PaymentSuccessRate", "{ at: 11, status: closed, title: PaymentSuccessRate", StringComparison.Ordinal));

        var (code, output, _) = await RunTest(path);

        Assert.Equal(1, code);
        Assert.Contains("  ✗ " + ExampleCases[0], output, StringComparison.Ordinal);
        Assert.Contains("  ✓ " + ExampleCases[1], output, StringComparison.Ordinal);
        var closing = output.ReplaceLineEndings("\n").Split('\n').Single(l => l.Contains("✗ closes", StringComparison.Ordinal));
        Assert.Matches("\"PaymentSuccessRateLow on payment-processor \\(prod\\)\" +11 +9 +← 2 minutes early", closing);
        Assert.Contains("3 passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_JsonOutput_ListsCasesWithWhatFired()
    {
        var (code, output, _) = await RunTest(ExampleFile, "--output", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(ExampleCases, cases.Select(c => c.GetProperty("name").GetString()));
        Assert.All(cases, c => Assert.True(c.GetProperty("passed").GetBoolean()));
        var opened = cases[0].GetProperty("problems")[0];
        Assert.Equal((4, "open", "ERROR"), (opened.GetProperty("at").GetInt32(), opened.GetProperty("status").GetString(), opened.GetProperty("severity").GetString()));
        Assert.Contains(cases[1].GetProperty("notifications").EnumerateArray(), n =>
            n.GetProperty("to").GetString() == "Pharos: payment-processor (prod) → owner@company.com" && n.GetProperty("state").GetString() == "OPEN");
    }

    [Fact]
    public async Task Test_UnknownEnvironment_ReportsTheCatalogUnresolved()
    {
        var path = CopyExample(text => text.Replace("environment: prod", "environment: prd", StringComparison.Ordinal));

        var (code, output, _) = await RunTest(path);

        Assert.Equal(1, code);
        Assert.Contains("PH5026", output, StringComparison.Ordinal);
        Assert.Contains("no service of the catalog is enabled in environment 'prd'", output, StringComparison.Ordinal);
    }
}
