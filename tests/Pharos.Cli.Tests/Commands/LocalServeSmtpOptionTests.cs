namespace Pharos.Cli.Tests.Commands;

public sealed class LocalServeSmtpOptionTests
{
    [Theory]
    [InlineData("relay:0")]
    [InlineData("relay:smtp")]
    [InlineData(":2525")]
    public async Task Serve_with_an_unusable_smtp_relay_fails_before_starting_and_shows_the_form(string smtp)
    {
        var (code, _, error) = await CliRunner.Run("local", "serve", "--data", CliRunner.TempDir(), "--smtp", smtp);

        Assert.Equal(1, code);
        Assert.Contains($"--smtp expects HOST or HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:2525. Actual value: '{smtp}'.", error, StringComparison.Ordinal);
    }
}
