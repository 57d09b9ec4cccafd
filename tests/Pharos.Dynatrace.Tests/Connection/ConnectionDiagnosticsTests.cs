using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Connection;

namespace Pharos.Dynatrace.Tests.Connection;

/// <summary>Every PH70xx code with its exact message: what is wrong and how to fix it.</summary>
public class ConnectionDiagnosticsTests
{
    public static TheoryData<Diagnostic, string, Severity, string> All => new()
    {
        {
            ConnectionDiagnostics.UrlMissing("DT_ENV_URL"), "PH7001", Severity.Error,
            "DT_ENV_URL is not set. Set it to the Dynatrace environment URL, e.g. https://abc12345.live.dynatrace.com (or http://127.0.0.1:<port> for pharos local)."
        },
        {
            ConnectionDiagnostics.UrlLooksLikeToken("DT_ENV_URL"), "PH7002", Severity.Error,
            "DT_ENV_URL holds what looks like an access token, not a URL (its value is not shown). Put the token in DT_API_TOKEN and the environment URL, e.g. https://abc12345.live.dynatrace.com, in DT_ENV_URL."
        },
        {
            ConnectionDiagnostics.UrlNotAbsolute("DT_ENV_URL", "abc.live.dynatrace.com"), "PH7003", Severity.Error,
            "DT_ENV_URL 'abc.live.dynatrace.com' is not an absolute URL. Write it with scheme and host, e.g. https://abc12345.live.dynatrace.com."
        },
        {
            ConnectionDiagnostics.UrlSchemeUnsupported("DT_ENV_URL", "ftp"), "PH7004", Severity.Error,
            "DT_ENV_URL uses the scheme 'ftp'. Use https (or http only for a local environment on 127.0.0.1 or localhost)."
        },
        {
            ConnectionDiagnostics.UrlInsecureHttp("DT_ENV_URL", "abc.live.dynatrace.com"), "PH7005", Severity.Error,
            "DT_ENV_URL uses plain http for host 'abc.live.dynatrace.com', which would send the token unencrypted. Use https://abc.live.dynatrace.com; http is allowed only for 127.0.0.1, ::1 and localhost."
        },
        {
            ConnectionDiagnostics.UrlHasCredentials("DT_ENV_URL", "https://***@abc.live.dynatrace.com"), "PH7006", Severity.Error,
            "DT_ENV_URL 'https://***@abc.live.dynatrace.com' contains credentials before the host. Remove them from the URL and pass the token in DT_API_TOKEN."
        },
        {
            ConnectionDiagnostics.UrlHasQueryOrFragment("DT_ENV_URL", "https://abc.live.dynatrace.com?…"), "PH7007", Severity.Error,
            "DT_ENV_URL 'https://abc.live.dynatrace.com?…' has a query string or fragment. Use only the environment root, e.g. https://abc12345.live.dynatrace.com."
        },
        {
            ConnectionDiagnostics.PlatformHostWithClassicPath("DT_ENV_URL", "abc.apps.dynatrace.com"), "PH7008", Severity.Error,
            "DT_ENV_URL points at /api/v2 on the platform host 'abc.apps.dynatrace.com', which serves the Environment API under /platform/classic/environment-api/v2. Use https://abc.apps.dynatrace.com (Bearer token) or the classic https://<env>.live.dynatrace.com/api/v2 (API token)."
        },
        {
            ConnectionDiagnostics.UrlUnexpectedPath("DT_ENV_URL", "/ui/dashboards"), "PH7009", Severity.Error,
            "DT_ENV_URL has the path '/ui/dashboards', which is not an Environment API root (did you copy a browser link?). Use the environment root, e.g. https://abc12345.live.dynatrace.com, or a URL ending in /api/v2, /e/<environment-id> or /platform/classic/environment-api/v2."
        },
        {
            ConnectionDiagnostics.TokenMissing("DT_API_TOKEN"), "PH7010", Severity.Error,
            "DT_API_TOKEN is not set. Create an access token with the scopes Pharos needs (e.g. settings.read, settings.write) and export it as DT_API_TOKEN."
        },
        {
            ConnectionDiagnostics.TokenHasScheme("DT_API_TOKEN", "Api-Token"), "PH7011", Severity.Error,
            "DT_API_TOKEN starts with 'Api-Token '. Set only the token itself; Pharos adds the Authorization scheme ('Api-Token' or 'Bearer') from the URL."
        },
        {
            ConnectionDiagnostics.TokenHasWhitespace("DT_API_TOKEN"), "PH7012", Severity.Error,
            "DT_API_TOKEN contains whitespace or control characters inside the token (its value is not shown). Copy the token again as one line."
        },
        {
            ConnectionDiagnostics.ApiTokenOnPlatformUrl("DT_API_TOKEN", "dt0c01"), "PH7013", Severity.Warning,
            "DT_API_TOKEN is an API token (dt0c01…) but the URL is a platform URL, which expects a platform token (dt0s16…) or an OAuth access token as Bearer. Use the classic URL https://<env>.live.dynatrace.com for API tokens."
        },
        {
            ConnectionDiagnostics.PlatformTokenOnClassicUrl("DT_API_TOKEN", "dt0s16"), "PH7014", Severity.Warning,
            "DT_API_TOKEN is a platform token (dt0s16…) but the URL is a classic /api/v2 URL, which expects an API token (dt0c01…). Use https://<env>.apps.dynatrace.com for platform tokens."
        },
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Factory_Code_HasStableCodeSeverityAndMessage(Diagnostic diagnostic, string code, Severity severity, string message)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Factory_Codes_AreUnique()
    {
        var codes = All.Select(row => ((Diagnostic)row[0]).Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(14, codes.Count);
    }
}
