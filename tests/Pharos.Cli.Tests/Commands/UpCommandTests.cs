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
}
