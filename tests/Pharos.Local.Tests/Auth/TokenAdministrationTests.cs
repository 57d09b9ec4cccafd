using System.Text.RegularExpressions;
using Pharos.Local.Storage;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Auth;

public sealed partial class TokenAdministrationTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Create_ValidRequest_ReturnsDynatraceShapedTokenOnce()
    {
        var result = await _env.Environment.Tokens.CreateAsync("ci-sync", ["settings.read", "settings.write"], CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Matches(TokenPattern(), result.Token!);
        Assert.Equal(result.Token![..31], result.Info!.Id);
        Assert.Equal(["settings.read", "settings.write"], result.Info.Scopes);
        Assert.Equal(_env.Time.GetUtcNow(), result.Info.Created);
    }

    [Fact]
    public async Task List_AfterCreate_ShowsIdNameScopesButNeverTheSecret()
    {
        var created = await _env.Environment.Tokens.CreateAsync("reader", ["events.read"], CancellationToken.None);

        var tokens = await _env.Environment.Tokens.ListAsync(CancellationToken.None);

        var info = Assert.Single(tokens, t => t.Name == "reader");
        Assert.Equal(created.Info!.Id, info.Id);
        Assert.DoesNotContain(created.Token![32..], info.ToString(), StringComparison.Ordinal);
        Assert.Contains(tokens, t => t.Name == "pharos-local-admin" && t.Scopes.Contains("settings.write"));
    }

    [Fact]
    public async Task Revoke_KnownToken_MarksItRevoked()
    {
        var created = await _env.Environment.Tokens.CreateAsync("temp", ["events.read"], CancellationToken.None);

        var status = await _env.Environment.Tokens.RevokeAsync(created.Info!.Id, CancellationToken.None);

        Assert.Equal(StoreStatus.Ok, status);
        var info = Assert.Single(await _env.Environment.Tokens.ListAsync(CancellationToken.None), t => t.Id == created.Info.Id);
        Assert.True(info.IsRevoked);
    }

    [Fact]
    public async Task Revoke_UnknownToken_ReturnsNotFound()
    {
        var status = await _env.Environment.Tokens.RevokeAsync("dt0c01.NOPE", CancellationToken.None);

        Assert.Equal(StoreStatus.NotFound, status);
    }

    [Fact]
    public async Task Create_UnknownScope_ReportsLoc001WithSuggestion()
    {
        var result = await _env.Environment.Tokens.CreateAsync("x", ["settings.raed"], CancellationToken.None);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LOC001", diagnostic.Code);
        Assert.Equal(
            "Unknown token scope 'settings.raed'. Did you mean 'settings.read'? Use a Dynatrace API-token scope such as 'settings.read'.",
            diagnostic.Message);
    }

    [Fact]
    public async Task Create_EmptyName_ReportsLoc002()
    {
        var result = await _env.Environment.Tokens.CreateAsync(" ", ["settings.read"], CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LOC002", diagnostic.Code);
        Assert.Equal("The token name is empty. Give the token a name that says who uses it, e.g. 'ci-sync'.", diagnostic.Message);
    }

    [Fact]
    public async Task Create_NoScopes_ReportsLoc003()
    {
        var result = await _env.Environment.Tokens.CreateAsync("x", [], CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LOC003", diagnostic.Code);
        Assert.Equal("The token has no scopes. Pass at least one scope, e.g. 'settings.read'.", diagnostic.Message);
    }

    [GeneratedRegex("^dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}$")]
    private static partial Regex TokenPattern();
}
