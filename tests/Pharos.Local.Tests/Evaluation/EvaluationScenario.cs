using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Evaluation;
using Pharos.Local.Entities;
using Pharos.Local.Evaluation;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Evaluation;

/// <summary>
/// A started environment with the real settings schemas and evaluation driven by hand: each
/// <see cref="MinuteAsync"/> moves the virtual clock one minute, ingests the value of the minute that just ended
/// and runs one evaluation cycle, as the minute timer would.
/// </summary>
internal sealed class EvaluationScenario : IAsyncDisposable
{
    public const string MetricKey = "checkout.latency";

    private EvaluationScenario(TestEnvironment env)
    {
        Env = env;
    }

    public TestEnvironment Env { get; }

    public ILocalEvaluation Evaluation => Env.Environment.Services.GetRequiredService<ILocalEvaluation>();

    /// <param name="evaluateEveryMinute">Whether the server's own minute loop runs (it follows the manual clock).</param>
    public static async Task<EvaluationScenario> StartAsync(string? dataDirectory = null, ManualTimeProvider? time = null, bool evaluateEveryMinute = false) =>
        new(await TestEnvironment.StartAsync(dataDirectory, o => o with { EvaluateEveryMinute = evaluateEveryMinute }, time, realSchemas: true));

    public ValueTask DisposeAsync() => Env.DisposeAsync();

    public async Task<string> RegisterServiceAsync(string name) =>
        (await Env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", name) { Tags = [EntityTag.Custom("team", "checkout")] }, CancellationToken.None)).EntityId;

    public async Task<string> CreateAsync(string schemaId, string value)
    {
        var item = new JsonArray(new JsonObject { ["schemaId"] = schemaId, ["scope"] = "environment", ["value"] = JsonNode.Parse(value) }).ToJsonString();
        using var response = await Env.Client.PostJsonAsync("settings/objects", item);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body[0].GetProperty("objectId").GetString()!;
    }

    /// <summary>A metric event on <see cref="MetricKey"/>: above 100 for 1 of 3 minutes raises, 3 normal minutes close.</summary>
    public Task<string> CreateMetricEventAsync(string title = "Checkout latency high") => CreateAsync("builtin:anomaly-detection.metric-events", $$"""
        {"enabled":true,"summary":"Checkout latency",
         "queryDefinition":{"type":"METRIC_KEY","metricKey":"{{MetricKey}}","aggregation":"AVG","queryOffset":null,"managementZone":null,
           "entityFilter":{"dimensionKey":"dt.entity.service","conditions":[]},"dimensionFilter":[]},
         "modelProperties":{"type":"STATIC_THRESHOLD","threshold":100.0,"alertOnNoData":false,"alertCondition":"ABOVE","violatingSamples":1,"samples":3,"dealertingSamples":3},
         "eventTemplate":{"title":"{{title}}","description":"The {metricname} value was {alert_condition} normal behavior.","eventType":"ERROR","davisMerge":true,"metadata":[]},
         "eventEntityDimensionKey":"dt.entity.service"}
        """);

    /// <summary>An alerting profile that alerts on errors and custom alerts at once, and a webhook or e-mail notification for it.</summary>
    public async Task<string> CreateProfileAsync() => await CreateAsync("builtin:alerting.profile", """
        {"name":"Everything","managementZone":null,
         "severityRules":[{"severityLevel":"ERRORS","delayInMinutes":0,"tagFilterIncludeMode":"NONE"},{"severityLevel":"CUSTOM_ALERT","delayInMinutes":0,"tagFilterIncludeMode":"NONE"}],
         "eventFilters":[]}
        """);

    public Task<string> CreateWebhookAsync(string profileId, string url) => CreateAsync("builtin:problem.notifications", $$$"""
        {"enabled":true,"displayName":"Ops hook","type":"WEBHOOK","alertingProfile":"{{{profileId}}}",
         "webHookNotification":{"url":"{{{url}}}","urlContainsSecret":false,"acceptAnyCertificate":false,
           "notifyEventMergesEnabled":false,"notifyClosedProblems":true,"headers":[],
           "payload":"{\"state\":\"{State}\",\"pid\":\"{PID}\",\"title\":\"{ProblemTitle}\"}","useOAuth2":false}}
        """);

    public Task<string> CreateEmailAsync(string profileId) => CreateAsync("builtin:problem.notifications", $$$"""
        {"enabled":true,"displayName":"Ops e-mail","type":"EMAIL","alertingProfile":"{{{profileId}}}",
         "emailNotification":{"recipients":["ops@example.com"],"ccRecipients":[],"bccRecipients":[],
           "subject":"{State} Problem {ProblemID}: {ImpactedEntity}","body":"{ProblemDetailsText}","notifyClosedProblems":true}}
        """);

    /// <summary>Moves the clock one minute, stores <paramref name="value"/> (if any) in the minute that ended, and runs a cycle.</summary>
    public async Task<PipelineCycle> MinuteAsync(string serviceId, double? value)
    {
        Env.Time.Advance(TimeSpan.FromMinutes(1));
        if (value is { } v)
        {
            var at = Env.Time.GetUtcNow().AddSeconds(-30).ToUnixTimeMilliseconds();
            var line = string.Create(CultureInfo.InvariantCulture, $"{MetricKey},dt.entity.service={serviceId} {v} {at}");
            using var response = await Env.Client.PostAsync("metrics/ingest", new StringContent(line, Encoding.UTF8, "text/plain"));
            Assert.True(response.IsSuccessStatusCode, await response.TextAsync());
        }

        return await Evaluation.RunCycleAsync(Env.Time.GetUtcNow(), CancellationToken.None);
    }

    public async Task IngestEventAsync(string eventType, string title, string entitySelector, int timeout = 15)
    {
        var body = JsonSerializer.Serialize(new { eventType, title, entitySelector, timeout });
        using var response = await Env.Client.PostJsonAsync("events/ingest", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task<List<JsonElement>> ProblemsAsync(string query = "from=now-1d&fields=evidenceDetails")
    {
        using var response = await Env.Client.GetAsync("problems?" + query);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return [.. body.GetProperty("problems").EnumerateArray()];
    }

    public async Task<JsonElement> ProblemAsync(string problemId)
    {
        using var response = await Env.Client.GetAsync("problems/" + problemId);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }
}
