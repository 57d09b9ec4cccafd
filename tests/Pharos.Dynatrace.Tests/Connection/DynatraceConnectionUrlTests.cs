using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Connection;

public class DynatraceConnectionUrlTests
{
    [Theory]
    [InlineData("https://abc12345.live.dynatrace.com", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("https://abc12345.live.dynatrace.com/", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("  https://abc12345.live.dynatrace.com/api/v2  ", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("https://abc12345.live.dynatrace.com/api/v2/", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("https://abc12345.live.dynatrace.com/api", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("HTTPS://ABC12345.LIVE.DYNATRACE.COM", "https://abc12345.live.dynatrace.com/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("https://abc12345.apps.dynatrace.com", "https://abc12345.apps.dynatrace.com/platform/classic/environment-api/v2/", DynatraceApiKind.Platform)]
    [InlineData("https://abc12345.apps.dynatrace.com/", "https://abc12345.apps.dynatrace.com/platform/classic/environment-api/v2/", DynatraceApiKind.Platform)]
    [InlineData("https://abc12345.apps.dynatrace.com/platform/classic/environment-api/v2", "https://abc12345.apps.dynatrace.com/platform/classic/environment-api/v2/", DynatraceApiKind.Platform)]
    [InlineData("https://abc12345.sprint.apps.dynatracelabs.com", "https://abc12345.sprint.apps.dynatracelabs.com/platform/classic/environment-api/v2/", DynatraceApiKind.Platform)]
    [InlineData("https://dynatrace.example.com/e/1a2b3c4d", "https://dynatrace.example.com/e/1a2b3c4d/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("https://activegate.example.com:9999/e/1a2b3c4d/api/v2", "https://activegate.example.com:9999/e/1a2b3c4d/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("http://localhost:5080/api/v2", "http://localhost:5080/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/api/v2/", DynatraceApiKind.Classic)]
    [InlineData("http://127.0.0.1:5080/platform/classic/environment-api/v2/", "http://127.0.0.1:5080/platform/classic/environment-api/v2/", DynatraceApiKind.Platform)]
    public void TryCreate_AcceptedUrl_NormalisesToApiRootAndKind(string url, string expectedBase, DynatraceApiKind expectedKind)
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(url, "local-test-token", diagnostics);

        Assert.NotNull(connection);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(expectedBase, connection.ApiBaseUri.AbsoluteUri);
        Assert.Equal(expectedKind, connection.Kind);
        Assert.Equal(expectedKind == DynatraceApiKind.Platform ? "Bearer" : "Api-Token", connection.AuthorizationScheme);
    }

    [Theory]
    [InlineData(null, "PH7001")]
    [InlineData("   ", "PH7001")]
    [InlineData("abc12345.live.dynatrace.com", "PH7003")]
    [InlineData("/api/v2", "PH7003")]
    [InlineData("ftp://abc12345.live.dynatrace.com", "PH7004")]
    [InlineData("http://abc12345.live.dynatrace.com", "PH7005")]
    [InlineData("https://user:hunter2@abc12345.live.dynatrace.com", "PH7006")]
    [InlineData("https://abc12345.live.dynatrace.com/api/v2?Api-Token=hunter2", "PH7007")]
    [InlineData("https://abc12345.live.dynatrace.com/#dashboards", "PH7007")]
    [InlineData("https://abc12345.apps.dynatrace.com/api/v2", "PH7008")]
    [InlineData("https://abc12345.live.dynatrace.com/ui/dashboards", "PH7009")]
    [InlineData("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWX", "PH7002")]
    public void TryCreate_RejectedUrl_ReportsCodeAndReturnsNull(string? url, string expectedCode)
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(url, "local-test-token", diagnostics);

        Assert.Null(connection);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(expectedCode, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("DT_ENV_URL", diagnostic.Location?.File);
        Assert.DoesNotContain("hunter2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_UrlAndTokenSwapped_ReportsWithoutQuotingTheToken()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(TestClient.Token, TestClient.ClassicUrl, diagnostics);

        Assert.Null(connection);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "PH7002");
        Assert.All(diagnostics.ToSortedList(), d => Assert.DoesNotContain(TestClient.Secret, d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void TryCreate_UrlContainingTheToken_ReportsWithoutQuotingIt()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate($"https://abc12345.live.dynatrace.com/{TestClient.Token}", TestClient.Token, diagnostics);

        Assert.Null(connection);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("PH7002", diagnostic.Code);
        Assert.DoesNotContain(TestClient.Secret, diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_CustomSettingName_UsedAsLocation()
    {
        var diagnostics = new DiagnosticBag();

        DynatraceConnection.TryCreate("ftp://x", "t", diagnostics, urlSetting: "--env-url");

        Assert.Equal("--env-url", Assert.Single(diagnostics.ToSortedList()).Location?.File);
    }

    [Theory]
    [InlineData("https://user:pw@host.example.com/api/v2?Api-Token=abc#x", "https://***@host.example.com/api/v2?…")]
    [InlineData("https://host.example.com/api/v2", "https://host.example.com/api/v2")]
    [InlineData("not a url", "not a url")]
    [InlineData(null, "")]
    public void Redact_Url_HidesCredentialsAndQuery(string? url, string expected)
    {
        Assert.Equal(expected, UrlRedactor.Redact(url));
    }
}
