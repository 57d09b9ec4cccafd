using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Evaluation;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Tests.Commands;

/// <summary><c>pharos local notifications</c> reads the delivery log of a data folder, with the environment running or stopped.</summary>
public sealed class LocalNotificationsCommandTests
{
    [Fact]
    public async Task Notifications_after_an_email_was_sent_list_the_attempt_while_running_and_after_stop()
    {
        var data = CliRunner.TempDir();
        var environment = await StartWithOneEmailSentAsync(data);
        string running;
        try
        {
            (var code, running, _) = await CliRunner.Run("local", "notifications", "--data", data);
            Assert.Equal(0, code);
        }
        finally
        {
            await environment.DisposeAsync();
        }

        var (stoppedCode, stopped, _) = await CliRunner.Run("local", "notifications", "--data", data, "--since", "1h", "--output", "json");

        Assert.Matches(@"P-\d+ +OPEN +EMAIL +'Ops e-mail' → ops@example\.com  attempt 1  DELIVERED", running);
        Assert.Equal(0, stoppedCode);
        using var json = JsonDocument.Parse(stopped);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("DELIVERED", entry.GetProperty("outcome").GetString());
        Assert.Equal("EMAIL", entry.GetProperty("channel").GetString());
        Assert.Equal("OPEN", entry.GetProperty("state").GetString());
        Assert.Equal(1, entry.GetProperty("attempt").GetInt32());
        var displayId = entry.GetProperty("displayId").GetString()!;

        var (_, byDisplayId, _) = await CliRunner.Run("local", "notifications", "--data", data, "--problem", displayId);
        Assert.Contains("DELIVERED", byDisplayId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_for_an_unknown_problem_print_nothing_and_say_so()
    {
        var data = CliRunner.TempDir();
        await (await StartWithOneEmailSentAsync(data)).DisposeAsync();

        var (code, output, error) = await CliRunner.Run("local", "notifications", "--data", data, "--problem", "P-999");

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("No notification was attempted for problem 'P-999'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_with_a_bad_since_fail_with_a_message_that_shows_the_form()
    {
        var (code, _, error) = await CliRunner.Run("local", "notifications", "--data", CliRunner.TempDir(), "--since", "yesterday");

        Assert.Equal(1, code);
        Assert.Contains("--since expects a positive number and a unit s, m, h, d or w, e.g. 30m or 1h. Actual value: 'yesterday'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_of_a_folder_without_data_fail_naming_the_folder()
    {
        var data = CliRunner.TempDir();

        var (code, _, error) = await CliRunner.Run("local", "notifications", "--data", data);

        Assert.Equal(1, code);
        Assert.Contains($"No local environment data in '{data}'", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A running environment with a metric event, an alerting profile and an e-mail notification; one value above
    /// the threshold in the last minute and one evaluation cycle open a problem and write its OPEN e-mail.
    /// </summary>
    private static async Task<LocalEnvironment> StartWithOneEmailSentAsync(string data)
    {
        var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            DataDirectory = data, Port = 0, HandleShutdownSignals = false, EvaluateEveryMinute = false,
        });
        using var client = new HttpClient { BaseAddress = environment.ApiBaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim());

        var profile = await CreateAsync(client, "builtin:alerting.profile", """
            {"name":"Everything","managementZone":null,"severityRules":[{"severityLevel":"ERRORS","delayInMinutes":0,"tagFilterIncludeMode":"NONE"}],"eventFilters":[]}
            """);
        await CreateAsync(client, "builtin:problem.notifications", $$$"""
            {"enabled":true,"displayName":"Ops e-mail","type":"EMAIL","alertingProfile":"{{{profile}}}",
             "emailNotification":{"recipients":["ops@example.com"],"ccRecipients":[],"bccRecipients":[],"subject":"{State} {ProblemID}","body":"{ProblemDetailsText}","notifyClosedProblems":true}}
            """);
        await CreateAsync(client, "builtin:anomaly-detection.metric-events", """
            {"enabled":true,"summary":"CLI test",
             "queryDefinition":{"type":"METRIC_KEY","metricKey":"cli.latency","aggregation":"AVG","queryOffset":null,"managementZone":null,
               "entityFilter":{"dimensionKey":null,"conditions":[]},"dimensionFilter":[]},
             "modelProperties":{"type":"STATIC_THRESHOLD","threshold":100.0,"alertOnNoData":false,"alertCondition":"ABOVE","violatingSamples":1,"samples":3,"dealertingSamples":3},
             "eventTemplate":{"title":"CLI latency high","description":"","eventType":"ERROR","davisMerge":true,"metadata":[]},
             "eventEntityDimensionKey":null}
            """);

        var now = DateTimeOffset.UtcNow;
        var lastMinute = now.ToUnixTimeMilliseconds() / 60_000 * 60_000 - 30_000;
        using var ingest = await client.PostAsync("metrics/ingest", new StringContent(string.Create(CultureInfo.InvariantCulture, $"cli.latency 500 {lastMinute}"), Encoding.UTF8, "text/plain"));
        Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync());
        await environment.Services.GetRequiredService<ILocalEvaluation>().RunCycleAsync(now, CancellationToken.None);
        return environment;
    }

    private static async Task<string> CreateAsync(HttpClient client, string schemaId, string value)
    {
        var item = new JsonArray(new JsonObject { ["schemaId"] = schemaId, ["scope"] = "environment", ["value"] = JsonNode.Parse(value) }).ToJsonString();
        using var response = await client.PostAsync("settings/objects", new StringContent(item, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement[0].GetProperty("objectId").GetString()!;
    }
}
