using System.Net;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Auth;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("settings/schemas")]
    [InlineData("settings/objects?schemaIds=x")]
    [InlineData("no/such/endpoint")]
    public async Task Request_WithoutAuthorizationHeader_Returns401MissingAuthorization(string path)
    {
        using var client = _env.CreateClient(token: null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Missing authorization parameter."}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Request_WithWrongScheme_Returns401MissingAuthorization()
    {
        using var client = _env.CreateClient(_env.AdminToken, scheme: "Bearer");

        using var response = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Missing authorization parameter."}}""", await response.TextAsync());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    public async Task Request_WithInvalidToken_Returns401TokenAuthenticationFailed(string token)
    {
        using var client = _env.CreateClient(token);

        using var response = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Token Authentication failed"}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Request_WithRightIdButWrongSecret_Returns401()
    {
        var tokenId = _env.AdminToken[..31];
        using var client = _env.CreateClient(tokenId + "." + new string('Z', 64));

        using var response = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithRevokedToken_Returns401()
    {
        var token = await _env.CreateTokenAsync("settings.read");
        using var client = _env.CreateClient(token);
        using (var before = await client.GetAsync("settings/schemas"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await _env.Environment.Tokens.RevokeAsync(token[..31], CancellationToken.None);
        using var after = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Token Authentication failed"}}""", await after.TextAsync());
    }

    [Fact]
    public async Task Request_WithoutRequiredScope_Returns403WithDynatraceMessage()
    {
        var token = await _env.CreateTokenAsync("settings.read");
        using var client = _env.CreateClient(token);

        using var response = await client.PostJsonAsync("settings/objects", "[]");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":403,"message":"Token is missing required scope. Use one of: settings.write (Write settings)"}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task PlatformPath_WithBearerToken_ServesTheSameApi()
    {
        using var client = _env.CreateClient(_env.AdminToken, scheme: "Bearer", platform: true);

        using var response = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PlatformPath_WithApiTokenScheme_Returns401ExpectedBearer()
    {
        using var client = _env.CreateClient(_env.AdminToken, scheme: "Api-Token", platform: true);

        using var response = await client.GetAsync("settings/schemas");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":401,"message":"Incorrect Authorization header in request - expected `Bearer`!"}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task PlatformPath_WithoutRequiredScope_Returns403WithMissingScopes()
    {
        var token = await _env.CreateTokenAsync("events.read");
        using var client = _env.CreateClient(token, scheme: "Bearer", platform: true);

        using var response = await client.GetAsync("settings/objects?schemaIds=x");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":403,"message":"Insufficient permissions.","details":{"missingScopes":["settings:objects:read"]}}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task UnknownPath_WithValidToken_Returns404Envelope()
    {
        using var response = await _env.Client.GetAsync("no/such/endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task RootPath_WithoutToken_IsNotReachable()
    {
        using var client = new HttpClient { BaseAddress = _env.Environment.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
