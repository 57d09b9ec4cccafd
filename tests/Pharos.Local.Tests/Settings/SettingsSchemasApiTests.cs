using System.Net;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsSchemasApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task ListSchemas_DefaultFields_AreIdDisplayNameAndLatestVersion()
    {
        using var response = await _env.Client.GetAsync("settings/schemas");

        var body = await response.JsonAsync();
        Assert.Equal(4, body.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            """{"schemaId":"builtin:pharos.test.large","displayName":"Test large","latestSchemaVersion":"3.0"}""",
            body.GetProperty("items")[0].GetRawText());
    }

    [Fact]
    public async Task ListSchemas_WithFields_ReturnsOnlyThose()
    {
        using var response = await _env.Client.GetAsync("settings/schemas?fields=schemaId,ordered,maturity");

        var item = (await response.JsonAsync()).GetProperty("items")[0];
        Assert.Equal("""{"schemaId":"builtin:pharos.test.large","maturity":"PREVIEW","ordered":false}""", item.GetRawText());
    }

    [Fact]
    public async Task GetSchema_Known_ReturnsProviderJson()
    {
        using var response = await _env.Client.GetAsync("settings/schemas/builtin:pharos.test.multi?schemaVersion=1.0.0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("1.0.0", body.GetProperty("version").GetString());
        Assert.Equal(3, body.GetProperty("maxObjects").GetInt32());
    }

    [Theory]
    [InlineData("settings/schemas/builtin:nope", "Settings schema 'builtin:nope' not found.")]
    [InlineData("settings/schemas/builtin:pharos.test.multi?schemaVersion=0.1", "Settings schema 'builtin:pharos.test.multi' in version '0.1' not found.")]
    public async Task GetSchema_Unknown_Returns404(string url, string message)
    {
        using var response = await _env.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }
}
