using System.Net.Http.Headers;
using System.Text.Json;
using Pharos.Cli.Commands;
using Pharos.Cli.Commands.Sync;
using Pharos.Cli.Commands.SyncWatch;
using Pharos.Cli.Infrastructure;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Tests.Commands;

public sealed class SyncWatchCommandTests
{
    [Fact]
    public async Task Watching_a_generated_folder_applies_it_and_a_changed_folder_is_applied_again()
    {
        var root = CliRunner.TempDir();
        var generated = Path.Combine(root, "generated");
        string[] generate = ["generate", "--catalog", "examples/platform-next", "--metrics-catalog", "examples/metrics-catalog", "--out", generated, "--cache-dir", Path.Combine(root, "cache")];
        Assert.Equal(0, (await CliRunner.Run(generate)).ExitCode);

        await using var environment = await LocalEnvironment.StartAsync(
            new LocalEnvironmentOptions { DataDirectory = Path.Combine(root, "data"), HandleShutdownSignals = false }, null, CancellationToken.None);
        var token = (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim();
        var io = new IOContext(new StringWriter(), new StringWriter(), false, CliRunner.RepoRoot);
        var sync = new SyncArguments(
            new CatalogInput(generated, "generated", null, null, null), "platform-next",
            Path.Combine(CliRunner.RepoRoot, "examples/platform-next/teams-webhooks.yaml"), "teams-webhooks.yaml", null, [],
            environment.BaseAddress.ToString(), token, 5, OutputFormat.Text);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = new SyncWatchCommand(io).RunAsync(new SyncWatchArguments(SyncSourceKind.Directory, generated, null, null, null, null, Prune: true, sync), stop.Token);

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", token);
        var url = environment.ApiBaseAddress + "settings/objects?schemaIds=builtin:anomaly-detection.metric-events&fields=externalId,summary&pageSize=500";
        var before = await WaitForAsync(http, url, count => count > 0, stop.Token);
        Assert.True(before > 0, io.Error.ToString());

        // Removing a target folder (settlement-batch's int environment) removes its objects on the next reconcile.
        Directory.Delete(Path.Combine(generated, "settlement-batch", "int-stable"), recursive: true);
        var after = await WaitForAsync(http, url, count => count < before, stop.Token);
        Assert.True(after < before, io.Error.ToString());

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }

    private static async Task<int> WaitForAsync(HttpClient http, string url, Func<int, bool> done, CancellationToken cancellationToken)
    {
        var count = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(url, cancellationToken));
            count = json.RootElement.GetProperty("totalCount").GetInt32();
            if (done(count))
            {
                return count;
            }

            await Task.Delay(250, cancellationToken);
        }

        return count;
    }
}
