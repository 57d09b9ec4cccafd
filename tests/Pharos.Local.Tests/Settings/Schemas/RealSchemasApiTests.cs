using System.Net;
using Pharos.Local.Tests.Infrastructure;
using Pharos.Settings;

namespace Pharos.Local.Tests.Settings.Schemas;

public sealed class RealSchemasApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync(realSchemas: true);

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task ListSchemas_ByDefault_ServesTheEmbeddedSchemas()
    {
        using var response = await _env.Client.GetAsync("settings/schemas");

        var body = await response.JsonAsync();
        Assert.Equal(SettingsSchemaRegistry.LoadEmbedded().Schemas.Count, body.GetProperty("totalCount").GetInt32());
        Assert.Contains(
            """{"schemaId":"builtin:monitoring.slo","displayName":"Service-level objective definitions","latestSchemaVersion":"6.0.14"}""",
            body.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
    }

    [Fact]
    public async Task ListSchemas_WithFields_ReportsMultiObjectOfMetricMetadata()
    {
        using var response = await _env.Client.GetAsync("settings/schemas?fields=schemaId,multiObject,maturity");

        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetRawText());
        Assert.Contains("""{"schemaId":"builtin:metric.metadata","maturity":"GENERAL_AVAILABILITY","multiObject":false}""", items);
    }

    [Fact]
    public async Task GetSchema_Known_ReturnsTheShippedDocumentVerbatim()
    {
        SettingsSchemaRegistry.LoadEmbedded().TryGetSchemaJson("builtin:alerting.profile", out var shipped);

        using var response = await _env.Client.GetAsync("settings/schemas/builtin:alerting.profile?schemaVersion=8.6.3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(shipped, await response.TextAsync());
    }

    [Fact]
    public async Task GetSchema_OtherVersion_Returns404()
    {
        using var response = await _env.Client.GetAsync("settings/schemas/builtin:alerting.profile?schemaVersion=8.0.0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_OtherSchemaVersion_Returns400OnSchemaVersion()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects",
            $$"""[{"schemaId":"builtin:monitoring.slo","schemaVersion":"6.0.1","scope":"environment","value":{{RealSchemaValues.SloValue}}}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("builtin:monitoring.slo/0/schemaVersion",
            (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Post_MetricMetadataTwiceOnOneMetric_ReplacesTheSingleObject()
    {
        var item = RealSchemaValues.Item(RealSchemaValues.MetricMetadata, RealSchemaValues.MetricMetadataValue, RealSchemaValues.MetricMetadataScope);
        using var first = await _env.Client.PostJsonAsync("settings/objects", $"[{item}]");
        using var second = await _env.Client.PostJsonAsync("settings/objects", $"[{item}]");

        Assert.Equal((await first.JsonAsync())[0].GetProperty("objectId").GetString(), (await second.JsonAsync())[0].GetProperty("objectId").GetString());
    }
}
