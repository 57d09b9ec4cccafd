using System.Net;
using System.Text.Json;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Metrics;

/// <summary>builtin:metric.metadata objects (scope metric-&lt;key&gt;) describe metrics in the descriptor endpoints.</summary>
public sealed class MetricMetadataSettingsTests : IAsyncLifetime
{
    private const string FullValue = """
        {"displayName":"Checkout latency","description":"Time to check out","unit":"MilliSecond","tags":["team:payments"],
         "sourceEntityType":"SERVICE","dimensions":[{"key":"host","displayName":"Host name"}],
         "metricProperties":{"minValue":0,"maxValue":60000,"rootCauseRelevant":true,"impactRelevant":false,"valueType":"score","latency":5}}
        """;

    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync(realSchemas: true);

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task CreateSettings_ThenIngest_DescriptorShowsTheSettings()
    {
        await CreateAsync("checkout.latency", FullValue);
        await _env.Client.IngestOkAsync("checkout.latency,host=a 120");

        using var response = await _env.Client.GetAsync("metrics/checkout.latency");

        var json = await response.JsonAsync();
        Assert.Equal("Checkout latency", json.GetProperty("displayName").GetString());
        Assert.Equal("Time to check out", json.GetProperty("description").GetString());
        Assert.Equal("MilliSecond", json.GetProperty("unit").GetString());
        Assert.Equal("""["team:payments"]""", json.GetProperty("tags").GetRawText());
        Assert.Equal("""["SERVICE"]""", json.GetProperty("entityType").GetRawText());
        Assert.Equal("""[{"key":"host","name":"Host name","displayName":"Host name","index":0,"type":"STRING"}]""", json.GetProperty("dimensionDefinitions").GetRawText());
        Assert.Equal("""{"type":"score"}""", json.GetProperty("metricValueType").GetRawText());
        Assert.Equal(5, json.GetProperty("latency").GetInt32());
        Assert.Equal(0, json.GetProperty("minimumValue").GetDouble());
        Assert.Equal(60000, json.GetProperty("maximumValue").GetDouble());
        Assert.True(json.GetProperty("rootCauseRelevant").GetBoolean());
    }

    [Fact]
    public async Task CreateSettings_BeforeAnyData_MetricIsListedWithTheSettings()
    {
        await CreateAsync("planned.metric", """{"displayName":"Planned","unit":"Count"}""");

        using var response = await _env.Client.GetAsync("metrics?fields=metricId,displayName,unit");

        Assert.Equal(
            """{"totalCount":1,"nextPageKey":null,"metrics":[{"metricId":"planned.metric","displayName":"Planned","unit":"Count"}]}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task UpdateSettings_DescriptorFollows()
    {
        var objectId = await CreateAsync("updated.metric", """{"displayName":"Before","unit":"Unspecified"}""");

        using var put = await _env.Client.PutJsonAsync($"settings/objects/{objectId}", """{"value":{"displayName":"After","unit":"Byte"}}""");
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var response = await _env.Client.GetAsync("metrics/updated.metric");
        var json = await response.JsonAsync();
        Assert.Equal("After", json.GetProperty("displayName").GetString());
        Assert.Equal("Byte", json.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task DeleteSettings_DescriptorFallsBackToIngestMetadata()
    {
        await _env.Client.IngestOkAsync("""
            #deleted.metric gauge dt.meta.displayName="From ingest",dt.meta.unit=Percent
            deleted.metric 1
            """);
        var objectId = await CreateAsync("deleted.metric", """{"displayName":"From settings","unit":"Byte"}""");
        using (var before = await _env.Client.GetAsync("metrics/deleted.metric"))
        {
            Assert.Equal("From settings", (await before.JsonAsync()).GetProperty("displayName").GetString());
        }

        using var delete = await _env.Client.DeleteAsync($"settings/objects/{objectId}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        using var after = await _env.Client.GetAsync("metrics/deleted.metric");
        var json = await after.JsonAsync();
        Assert.Equal("From ingest", json.GetProperty("displayName").GetString());
        Assert.Equal("Percent", json.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task ValidateOnly_DoesNotChangeTheDescriptor()
    {
        await _env.Client.IngestOkAsync("validated.metric 1");
        using var response = await _env.Client.PostJsonAsync("settings/objects?validateOnly=true",
            """[{"schemaId":"builtin:metric.metadata","scope":"metric-validated.metric","value":{"displayName":"Not stored","unit":"Unspecified"}}]""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var descriptor = await _env.Client.GetAsync("metrics/validated.metric");
        Assert.Equal("validated.metric", (await descriptor.JsonAsync()).GetProperty("displayName").GetString());
    }

    private async Task<string> CreateAsync(string metricKey, string value)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects",
            $$"""[{"schemaId":"builtin:metric.metadata","scope":"metric-{{metricKey}}","value":{{value}}}]""");
        var text = await response.TextAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement[0].GetProperty("objectId").GetString()!;
    }
}
