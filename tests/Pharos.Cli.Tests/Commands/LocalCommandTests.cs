using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Pharos.Cli.Commands.Local;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Tests.Commands;

public sealed class LocalCommandTests
{
    [Fact]
    public async Task Token_create_prints_the_token_once_and_list_never_shows_secrets()
    {
        var data = CliRunner.TempDir();
        var (code, output, error) = await CliRunner.Run("local", "token", "create", "--data", data, "--scopes", "metrics.ingest,settings.read", "--name", "ci");
        Assert.Equal(0, code);
        var token = output.Trim();
        Assert.Matches(@"^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$", token);
        Assert.Contains("It is shown only now.", error, StringComparison.Ordinal);

        (code, output, _) = await CliRunner.Run("local", "token", "list", "--data", data, "--output", "json");
        Assert.Equal(0, code);
        Assert.DoesNotContain(token.Split('.')[2], output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var ci = json.RootElement.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "ci");
        Assert.Equal(["metrics.ingest", "settings.read"], ci.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        var id = ci.GetProperty("id").GetString()!;
        (code, output, _) = await CliRunner.Run("local", "token", "revoke", id, "--data", data);
        Assert.Equal(0, code);
        Assert.Contains($"Revoked {id}.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_create_with_an_unknown_scope_fails_with_a_clear_message()
    {
        var (code, _, error) = await CliRunner.Run("local", "token", "create", "--data", CliRunner.TempDir(), "--scopes", "metrics.ingset");
        Assert.Equal(1, code);
        Assert.Contains("metrics.ingset", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_an_unknown_token_fails()
    {
        var data = CliRunner.TempDir();
        var (code, _, error) = await CliRunner.Run("local", "token", "revoke", "dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA", "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("no token with id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_prints_where_it_is_answers_with_the_admin_token_and_stops_on_cancellation()
    {
        var data = CliRunner.TempDir();
        var output = new StringWriter();
        var io = new IOContext(output, new StringWriter(), false, CliRunner.RepoRoot);
        using var stop = new CancellationTokenSource();
        var run = new LocalServeCommand(io).RunAsync(new LocalServeArguments("127.0.0.1", 0, data, null, null, OutputFormat.Json), stop.Token);

        JsonElement banner = default;
        for (var i = 0; i < 200 && banner.ValueKind == JsonValueKind.Undefined; i++)
        {
            await Task.Delay(50);
            var text = output.ToString();
            if (text.Contains('}', StringComparison.Ordinal))
            {
                banner = JsonDocument.Parse(text).RootElement.Clone();
            }
        }

        var url = banner.GetProperty("url").GetString()!;
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        var token = (await File.ReadAllTextAsync(banner.GetProperty("adminTokenFile").GetString()!)).Trim();
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url + "/api/v2/settings/schemas");
        request.Headers.Authorization = new AuthenticationHeaderValue("Api-Token", token);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(url + "/api/v2/settings/schemas")).StatusCode);

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }
}
