using System.Net;
using System.Text;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Robustness;

/// <summary>Random and truncated input to every endpoint: never a 500, and stored data stays as it was.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private const string ValidSettingsBody = """[{"schemaId":"builtin:pharos.test.large","scope":"environment","value":{"name":"fuzz","threshold":5},"externalId":"e"}]""";
    private const string ValidIngestBody = """{"eventType":"ERROR_EVENT","title":"fuzz","entitySelector":"type(SERVICE),entityName.equals(x)","properties":{"a":"b"}}""";

    private TestEnvironment _env = null!;
    private string _objectId = "";
    private string _problemId = "";

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync();
        _objectId = await CreateAsync(_env.Client, Multi, "seed");
        using (await _env.Client.PostJsonAsync("events/ingest", """{"eventType":"CUSTOM_ALERT","title":"seed problem"}""")) { }
        using var problems = await _env.Client.GetAsync("problems");
        _problemId = (await problems.JsonAsync()).GetProperty("problems")[0].GetProperty("problemId").GetString()!;
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Bodies_RandomAndTruncated_NeverCrashAndLeaveDataIntact()
    {
        var before = await SnapshotAsync();
        var random = new Random(20240514);
        var targets = new (HttpMethod Method, string Path, string Valid)[]
        {
            (HttpMethod.Post, "settings/objects", ValidSettingsBody),
            (HttpMethod.Post, "settings/objects?validateOnly=true", ValidSettingsBody),
            (HttpMethod.Put, $"settings/objects/{_objectId}", """{"value":{"name":"changed"},"updateToken":"x"}"""),
            (HttpMethod.Delete, "settings/objects/not-an-object", ""),
            (HttpMethod.Post, "events/ingest", ValidIngestBody),
            (HttpMethod.Post, "problems/unknown_1V2/close", """{"message":"x"}"""),
            (HttpMethod.Post, $"problems/{_problemId}/comments", """{"message":"x","context":"y"}"""),
            (HttpMethod.Put, $"problems/{_problemId}/comments/none", """{"message":"x"}"""),
            (HttpMethod.Get, "settings/schemas", ""),
            (HttpMethod.Get, "settings/objects?schemaIds=builtin:pharos.test.multi", ""),
            (HttpMethod.Get, "events", ""),
            (HttpMethod.Get, "problems", ""),
            (HttpMethod.Get, "entities?entitySelector=type(HOST)", ""),
        };

        foreach (var (method, path, valid) in targets)
        {
            for (var length = 0; length < valid.Length; length++)
            {
                await SendAsync(method, path, Encoding.UTF8.GetBytes(valid[..length]));
            }

            for (var i = 0; i < 40; i++)
            {
                var bytes = new byte[random.Next(0, 300)];
                random.NextBytes(bytes);
                await SendAsync(method, path, bytes);
            }
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task QueryParameters_Random_NeverCrash()
    {
        var random = new Random(99);
        const string alphabet = "abcXYZ019()\",.:~[]-+/ %&=?#éλ\u0000";
        var parameters = new[]
        {
            "settings/objects?schemaIds=", "settings/objects?fields=objectId&schemaIds=builtin:pharos.test.multi&pageSize=", "settings/objects?nextPageKey=",
            "settings/schemas?fields=", "settings/schemas/", "settings/objects/", "events?eventSelector=", "events?entitySelector=", "events?from=",
            "events?nextPageKey=", "events/", "problems?problemSelector=", "problems?entitySelector=", "problems?sort=", "problems?fields=",
            "problems?to=", "problems/", "entities?entitySelector=", "entities?fields=%2Btags&entitySelector=type(HOST)&from=", "entities/",
        };

        foreach (var prefix in parameters)
        {
            for (var i = 0; i < 60; i++)
            {
                var value = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                using var response = await _env.Client.GetAsync(prefix + Uri.EscapeDataString(value));
                Assert.True((int)response.StatusCode < 500, $"{prefix}{value} → {(int)response.StatusCode}: {await response.TextAsync()}");
            }
        }

        using var healthy = await _env.Client.GetAsync("settings/schemas");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    private async Task SendAsync(HttpMethod method, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await _env.Client.SendAsync(request);
        var text = await response.TextAsync();
        Assert.True((int)response.StatusCode < 500, $"{method} {path} with {body.Length} bytes → {(int)response.StatusCode}: {text}");
        if (text.Length > 0)
        {
            HttpJson.Compact(text); // every answer with a body is JSON
        }
    }

    private async Task<string> SnapshotAsync()
    {
        using var settings = await _env.Client.GetAsync($"settings/objects?scopes=environment&fields=objectId,value,updateToken,externalId&pageSize=500");
        using var events = await _env.Client.GetAsync("events?from=now-1d");
        using var problems = await _env.Client.GetAsync("problems?from=now-1d&fields=recentComments");
        using var entities = await _env.Client.GetAsync("entities?entitySelector=type(SERVICE)");
        return string.Join("\n", await settings.TextAsync(), await events.TextAsync(), await problems.TextAsync(), await entities.TextAsync());
    }
}
