using System.CommandLine;
using System.Text.Json;
using Pharos.Cli.Commands;
using Pharos.Cli.Commands.Sync;
using Pharos.Cli.Infrastructure;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Tests.Commands;

/// <summary>pharos plan / apply / drift in-process, against the real local environment on 127.0.0.1.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private const string Token = "--token";
    private static readonly string[] Example = ["--catalog", "examples/platform-next", "--metrics-catalog", "examples/metrics-catalog"];

    private static readonly string WebhookMap = """
        # Teams channel → webhook URL (secrets)
        "#team-payment-processor": https://example.webhook.office.com/webhookb2/payments-SECRET-1
        "#platform-sre": https://example.webhook.office.com/webhookb2/sre-SECRET-2
        team-payment-events-listener: https://example.webhook.office.com/webhookb2/listener-SECRET-3
        """;

    private LocalEnvironment _environment = null!;
    private string _dataDirectory = null!;
    private string _token = null!;
    private string _webhooks = null!;

    public async Task InitializeAsync()
    {
        _dataDirectory = CliRunner.TempDir();
        _environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { Port = 0, DataDirectory = _dataDirectory, HandleShutdownSignals = false });
        _token = (await File.ReadAllTextAsync(_environment.AdminTokenPath)).Trim();
        _webhooks = Path.Combine(CliRunner.TempDir(), "webhooks.yaml");
        await File.WriteAllTextAsync(_webhooks, WebhookMap);
    }

    public async Task DisposeAsync() => await _environment.DisposeAsync();

    private string[] Target => ["--url", _environment.BaseAddress.ToString(), Token, _token, "--teams-webhooks", _webhooks];

    [Fact]
    public async Task Plan_apply_plan_shows_pending_changes_then_none_with_zero_writes()
    {
        var (code, output, _) = await Run(["plan", .. Example, .. Target, "--detailed-exitcode", "--output", "json"]);
        Assert.Equal(2, code);
        using (var plan = JsonDocument.Parse(output))
        {
            var root = plan.RootElement;
            Assert.True(root.GetProperty("ok").GetBoolean());
            Assert.Equal("platform-next", root.GetProperty("catalogId").GetString());
            var creates = root.GetProperty("summary").GetProperty("create").GetInt32();
            Assert.True(creates > 50, $"only {creates} creates");
            Assert.Equal(0, root.GetProperty("requests").GetProperty("writes").GetInt32());
            Assert.True(root.GetProperty("requests").GetProperty("validateOnly").GetInt32() >= 1);
            var first = root.GetProperty("changes")[0];
            Assert.Equal("create", first.GetProperty("action").GetString());
            Assert.StartsWith("examples/platform-next/", first.GetProperty("source").GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(root.GetProperty("notSynced").EnumerateArray());
        }

        (code, output, _) = await Run(["apply", .. Example, .. Target]);
        Assert.Equal(0, code);
        Assert.Contains("+ created   metric event", output, StringComparison.Ordinal);
        Assert.Matches(@"Apply: \d+ created, 0 updated, 0 deleted, 0 unchanged; 0 failed, 0 skipped\.", output);

        (code, output, _) = await Run(["plan", .. Example, .. Target, "--detailed-exitcode", "--output", "json"]);
        Assert.Equal(0, code);
        using var again = JsonDocument.Parse(output);
        Assert.False(again.RootElement.GetProperty("changesPending").GetBoolean());
        var requests = again.RootElement.GetProperty("requests");
        Assert.Equal(0, requests.GetProperty("writes").GetInt32());
        Assert.Equal(0, requests.GetProperty("validateOnly").GetInt32());
        Assert.Equal(requests.GetProperty("total").GetInt32(), requests.GetProperty("listPages").GetInt32());

        (code, output, _) = await Run(["apply", .. Example, .. Target]);
        Assert.Equal(0, code);
        Assert.Contains(" 0 writes ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_text_lists_changes_and_warns_about_what_is_not_synced()
    {
        var (code, output, error) = await Run(["plan", .. Example, .. Target]);

        Assert.Equal(0, code);
        Assert.Contains($"Plan for catalog 'platform-next' in {_environment.ApiBaseAddress}", output, StringComparison.Ordinal);
        Assert.Contains("+ create    slo              SLO availability of payment-processor (prod): target 99.99 %, warning 99.995 %  (examples/platform-next/services.yaml:51:28)", output, StringComparison.Ordinal);
        Assert.Matches(@"Plan: \d+ to create, 0 to update, 0 to delete, 0 unchanged\.", output);
        Assert.Contains("warning PH3105: not synced: dashboard", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_and_the_webhook_urls_never_appear_in_any_output()
    {
        List<string> texts = [];
        foreach (var verb in new[] { "plan", "apply", "drift" })
        {
            foreach (var format in new[] { "text", "json" })
            {
                var (_, output, error) = await Run([verb, .. Example, .. Target, "--output", format, "--force-secrets"]);
                texts.Add(output + error);
            }
        }

        var (_, badOutput, badError) = await Run(["plan", .. Example, "--url", "not a url", Token, _token]);
        texts.Add(badOutput + badError);

        foreach (var text in texts)
        {
            Assert.DoesNotContain(_token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(_token.Split('.')[2], text, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Drift_reports_an_object_edited_outside_pharos_with_detailed_exit_code_2()
    {
        Assert.Equal(0, (await Run(["apply", .. Example, .. Target])).ExitCode);
        Assert.Equal(0, (await Run(["drift", .. Example, .. Target, "--detailed-exitcode"])).ExitCode);
        await EditFirstSloAsync();

        var (code, output, _) = await Run(["drift", .. Example, .. Target, "--detailed-exitcode"]);

        Assert.Equal(2, code);
        Assert.Contains("~ modified  slo", output, StringComparison.Ordinal);
        Assert.Contains("      /targetSuccess: 1 → ", output, StringComparison.Ordinal);
        Assert.Contains("Drift: 1 modified, 0 missing, 0 no longer in the catalog, 0 in conflict;", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_shows_a_progress_bar_on_a_terminal()
    {
        var (code, _, error) = await Run(["apply", .. Example, .. Target], terminal: true);

        Assert.Equal(0, code);
        Assert.Contains("\r[##############################] ", error, StringComparison.Ordinal);
        Assert.Matches(@"\] (\d+)/\1 writes", error);
    }

    [Fact]
    public async Task Missing_webhook_urls_stop_before_anything_is_sent()
    {
        var (code, _, error) = await Run(["apply", .. Example, "--url", _environment.BaseAddress.ToString(), Token, _token, "--teams-webhooks", EmptyMap()]);

        Assert.Equal(1, code);
        Assert.Contains("error PH3007: no webhook URL for Teams channel '#platform-sre'", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent to Dynatrace.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_url_and_a_missing_token_are_reported_together_with_their_settings()
    {
        var (code, output, _) = await Run(["plan", .. Example, "--url", "ftp://example.com", Token, "", "--teams-webhooks", _webhooks, "--output", "json"]);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("file").GetString());
        Assert.Equal("--url", diagnostics["PH7004"]);
        Assert.Equal("--token", diagnostics["PH7010"]);
    }

    [Fact]
    public async Task An_unknown_environment_is_refused_with_a_suggestion()
    {
        var (code, _, error) = await Run(["plan", .. Example, .. Target, "--environment", "prd"]);

        Assert.Equal(1, code);
        Assert.Contains("--environment: the catalog has no environment 'prd'. Did you mean 'prod'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_option_limits_the_plan_to_that_environment()
    {
        var (code, output, _) = await Run(["plan", .. Example, .. Target, "--environment", "prod", "--output", "json"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("externalId").GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids.Where(id => !id.Contains(":metric-metadata:", StringComparison.Ordinal)), id => Assert.Contains(":prod:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_map_that_is_not_yaml_is_reported_without_quoting_it()
    {
        var file = Path.Combine(CliRunner.TempDir(), "broken.yaml");
        await File.WriteAllTextAsync(file, "\"#a\": https://x.invalid/SECRET-9\n  bad: [indent\n");

        var (code, _, error) = await Run(["plan", .. Example, "--url", _environment.BaseAddress.ToString(), Token, _token, "--teams-webhooks", file]);

        Assert.Equal(1, code);
        Assert.Contains("the Teams webhook map is not valid YAML or JSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_never_print_the_token()
    {
        var args = new SyncArguments(new CatalogInput("/c", "c", null, null, null), "c", null, null, null, [], "http://127.0.0.1:1", "dt0c01.ABC.SECRETPART", 5, OutputFormat.Text);

        Assert.DoesNotContain("SECRETPART", args.ToString(), StringComparison.Ordinal);
        Assert.Contains("Token = ***", args.ToString(), StringComparison.Ordinal);
    }

    private static string EmptyMap()
    {
        var file = Path.Combine(CliRunner.TempDir(), "empty.yaml");
        File.WriteAllText(file, "{}\n");
        return file;
    }

    private async Task EditFirstSloAsync()
    {
        using var http = new HttpClient { BaseAddress = _environment.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Api-Token", _token);
        using var list = JsonDocument.Parse(await http.GetStringAsync("settings/objects?schemaIds=builtin:monitoring.slo&fields=objectId,value"));
        var item = list.RootElement.GetProperty("items")[0];
        var value = System.Text.Json.Nodes.JsonNode.Parse(item.GetProperty("value").GetRawText())!.AsObject();
        value["targetSuccess"] = 1;
        value["targetWarning"] = 2;
        var body = new System.Text.Json.Nodes.JsonObject { ["value"] = value }.ToJsonString();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await http.PutAsync($"settings/objects/{item.GetProperty("objectId").GetString()}", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // The lead registers the verbs in PharosCli; until then the test composes them the same way.
    private static async Task<(int ExitCode, string Output, string Error)> Run(string[] args, bool terminal = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, terminal, CliRunner.RepoRoot);
        var root = new RootCommand { PlanCommand.Create(io), ApplyCommand.Create(io), DriftCommand.Create(io) };
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = await root.Parse(args).InvokeAsync(configuration, CancellationToken.None);
            return (code, output.ToString(), error.ToString());
        }
        catch (CliException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return (ex.ExitCode, output.ToString(), error.ToString());
        }
    }
}
