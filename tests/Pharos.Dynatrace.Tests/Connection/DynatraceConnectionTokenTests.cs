using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Connection;

public class DynatraceConnectionTokenTests
{
    [Fact]
    public void TryCreate_TokenWithTrailingNewline_IsTrimmed()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(TestClient.ClassicUrl, TestClient.Token + "\n", diagnostics);

        Assert.NotNull(connection);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Api-Token " + TestClient.Token, connection.Token.CreateHeader(connection.Kind).ToString());
    }

    [Theory]
    [InlineData(null, "PH7010")]
    [InlineData("", "PH7010")]
    [InlineData("Api-Token dt0c01.ABC.DEF", "PH7011")]
    [InlineData("bearer abc.def", "PH7011")]
    [InlineData("dt0c01.ABC\nDEF", "PH7012")]
    public void TryCreate_BadToken_ReportsCodeWithoutQuotingIt(string? token, string expectedCode)
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(TestClient.ClassicUrl, token, diagnostics);

        Assert.Null(connection);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(expectedCode, diagnostic.Code);
        Assert.Equal("DT_API_TOKEN", diagnostic.Location?.File);
        Assert.DoesNotContain("ABC", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ApiTokenOnPlatformUrl_WarnsButCreates()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate("https://abc12345.apps.dynatrace.com", TestClient.Token, diagnostics);

        Assert.NotNull(connection);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("PH7013", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.DoesNotContain(TestClient.Secret, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ApiTokenOnLocalPlatformUrl_NoWarning()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate("http://127.0.0.1:5080/platform/classic/environment-api/v2", TestClient.Token, diagnostics);

        Assert.NotNull(connection);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void TryCreate_PlatformTokenOnClassicUrl_WarnsButCreates()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.TryCreate(TestClient.ClassicUrl, TestClient.Token.Replace("dt0c01", "dt0s16", StringComparison.Ordinal), diagnostics);

        Assert.NotNull(connection);
        Assert.Equal("PH7014", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void FromEnvironment_ReadsBothVariables()
    {
        var variables = new Dictionary<string, string>
        {
            ["DT_ENV_URL"] = "https://abc12345.apps.dynatrace.com",
            ["DT_API_TOKEN"] = "dt0s16.ABCDEFGHIJKLMNOPQRSTUVWX.SECRETSECRETSECRETSECRET",
        };
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.FromEnvironment(diagnostics, name => variables.GetValueOrDefault(name));

        Assert.NotNull(connection);
        Assert.Equal(DynatraceApiKind.Platform, connection.Kind);
        Assert.Equal("Bearer dt0s16.ABCDEFGHIJKLMNOPQRSTUVWX.SECRETSECRETSECRETSECRET", connection.Token.CreateHeader(connection.Kind).ToString());
    }

    [Fact]
    public void FromEnvironment_NothingSet_ReportsBothMissing()
    {
        var diagnostics = new DiagnosticBag();

        var connection = DynatraceConnection.FromEnvironment(diagnostics, _ => null);

        Assert.Null(connection);
        Assert.Equal(["PH7001", "PH7010"], diagnostics.ToSortedList().Select(d => d.Code).Order().ToArray());
    }

    [Fact]
    public void ToString_ShowsKindUrlAndTokenPrefixOnly()
    {
        var connection = new TestClient().Connection;

        Assert.Equal("Classic https://abc12345.live.dynatrace.com/api/v2/ (token dt0c01.***)", connection.ToString());
        Assert.Equal("dt0c01.***", connection.Token.ToString());
    }

    [Fact]
    public void ToString_NonDynatraceToken_ShowsNothingOfIt()
    {
        var connection = new TestClient(token: "local-test-token").Connection;

        Assert.DoesNotContain("local", connection.ToString(), StringComparison.Ordinal);
        Assert.Equal("***", connection.Token.ToString());
    }
}
