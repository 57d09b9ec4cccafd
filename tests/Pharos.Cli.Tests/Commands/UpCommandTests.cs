namespace Pharos.Cli.Tests.Commands;

public sealed class UpCommandTests
{
    [Fact]
    public async Task Up_generates_starts_the_local_environment_applies_and_a_second_up_writes_nothing()
    {
        var root = CliRunner.TempDir();
        string[] up = ["up", "--data", Path.Combine(root, "data"), "--out", Path.Combine(root, "generated"), "--cache-dir", Path.Combine(root, "cache"), "--no-serve"];

        var (code, output, error) = await CliRunner.Run(up);
        Assert.True(code == 0, output + error);
        Assert.Contains("Generated 14 targets", output, StringComparison.Ordinal);
        Assert.Matches(@"Apply: \d+ created, 0 updated, 0 deleted, 0 unchanged; 0 failed", output);
        Assert.Contains("Where everything is", output, StringComparison.Ordinal);
        Assert.Contains("What to try next", output, StringComparison.Ordinal);
        var token = File.ReadAllText(Path.Combine(root, "data", "admin-token")).Trim();
        Assert.DoesNotContain(token, output + error, StringComparison.Ordinal);

        (code, output, error) = await CliRunner.Run(up);
        Assert.True(code == 0, output + error);
        Assert.Matches(@"Apply: 0 created, 0 updated, 0 deleted, \d+ unchanged; 0 failed", output);
        Assert.Contains("0 writes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_from_a_generated_folder_matches_what_up_applied_from_the_catalog()
    {
        var root = CliRunner.TempDir();
        var data = Path.Combine(root, "data");
        var generated = Path.Combine(root, "generated");
        Assert.Equal(0, (await CliRunner.Run("up", "--data", data, "--out", generated, "--cache-dir", Path.Combine(root, "cache"), "--no-serve")).ExitCode);

        await using var environment = await Pharos.Local.Hosting.LocalEnvironment.StartAsync(
            new Pharos.Local.Hosting.LocalEnvironmentOptions { DataDirectory = data, HandleShutdownSignals = false }, null, CancellationToken.None);
        var token = File.ReadAllText(environment.AdminTokenPath).Trim();
        var (code, output, error) = await CliRunner.Run(
            "plan", "--generated", generated, "--catalog-id", "platform-next", "--teams-webhooks", "examples/platform-next/teams-webhooks.yaml",
            "--url", environment.BaseAddress.ToString(), "--token", token, "--detailed-exitcode", "--output", "json");
        Assert.True(code == 0, output + error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("create").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("update").GetInt32());
    }

    [Fact]
    public async Task Plan_from_a_missing_generated_folder_fails_with_PH1514()
    {
        var (code, _, error) = await CliRunner.Run("plan", "--generated", "does-not-exist", "--url", "http://127.0.0.1:9", "--token", "dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(1, code);
        Assert.Contains("PH1514", error, StringComparison.Ordinal);
    }
}
