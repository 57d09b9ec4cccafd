using Pharos.Core.Diagnostics;

namespace Pharos.Dynatrace.Connection;

/// <summary>
/// The one place connection diagnostics (PH70xx) are created. The location's file is the setting
/// the value came from (<c>DT_ENV_URL</c>, <c>DT_API_TOKEN</c> or a CLI option). No message ever
/// contains the token: token problems are described, never quoted.
/// </summary>
public static class ConnectionDiagnostics
{
    public const string ExampleUrl = "https://abc12345.live.dynatrace.com";

    public static Diagnostic UrlMissing(string setting) =>
        Error("PH7001", setting, $"{setting} is not set. Set it to the Dynatrace environment URL, e.g. {ExampleUrl} (or http://127.0.0.1:<port> for pharos local).");

    public static Diagnostic UrlLooksLikeToken(string setting) =>
        Error("PH7002", setting, $"{setting} holds what looks like an access token, not a URL (its value is not shown). Put the token in DT_API_TOKEN and the environment URL, e.g. {ExampleUrl}, in {setting}.");

    public static Diagnostic UrlNotAbsolute(string setting, string shown) =>
        Error("PH7003", setting, $"{setting} '{shown}' is not an absolute URL. Write it with scheme and host, e.g. {ExampleUrl}.");

    public static Diagnostic UrlSchemeUnsupported(string setting, string scheme) =>
        Error("PH7004", setting, $"{setting} uses the scheme '{scheme}'. Use https (or http only for a local environment on 127.0.0.1 or localhost).");

    public static Diagnostic UrlInsecureHttp(string setting, string host) =>
        Error("PH7005", setting, $"{setting} uses plain http for host '{host}', which would send the token unencrypted. Use https://{host}; http is allowed only for 127.0.0.1, ::1 and localhost.");

    public static Diagnostic UrlHasCredentials(string setting, string redacted) =>
        Error("PH7006", setting, $"{setting} '{redacted}' contains credentials before the host. Remove them from the URL and pass the token in DT_API_TOKEN.");

    public static Diagnostic UrlHasQueryOrFragment(string setting, string redacted) =>
        Error("PH7007", setting, $"{setting} '{redacted}' has a query string or fragment. Use only the environment root, e.g. {ExampleUrl}.");

    public static Diagnostic PlatformHostWithClassicPath(string setting, string host) =>
        Error("PH7008", setting, $"{setting} points at /api/v2 on the platform host '{host}', which serves the Environment API under /platform/classic/environment-api/v2. Use https://{host} (Bearer token) or the classic https://<env>.live.dynatrace.com/api/v2 (API token).");

    public static Diagnostic UrlUnexpectedPath(string setting, string path) =>
        Error("PH7009", setting, $"{setting} has the path '{path}', which is not an Environment API root (did you copy a browser link?). Use the environment root, e.g. {ExampleUrl}, or a URL ending in /api/v2, /e/<environment-id> or /platform/classic/environment-api/v2.");

    public static Diagnostic TokenMissing(string setting) =>
        Error("PH7010", setting, $"{setting} is not set. Create an access token with the scopes Pharos needs (e.g. settings.read, settings.write) and export it as {setting}.");

    public static Diagnostic TokenHasScheme(string setting, string scheme) =>
        Error("PH7011", setting, $"{setting} starts with '{scheme} '. Set only the token itself; Pharos adds the Authorization scheme ('Api-Token' or 'Bearer') from the URL.");

    public static Diagnostic TokenHasWhitespace(string setting) =>
        Error("PH7012", setting, $"{setting} contains whitespace or control characters inside the token (its value is not shown). Copy the token again as one line.");

    public static Diagnostic ApiTokenOnPlatformUrl(string setting, string prefix) =>
        Warning("PH7013", setting, $"{setting} is an API token ({prefix}…) but the URL is a platform URL, which expects a platform token (dt0s16…) or an OAuth access token as Bearer. Use the classic URL https://<env>.live.dynatrace.com for API tokens.");

    public static Diagnostic PlatformTokenOnClassicUrl(string setting, string prefix) =>
        Warning("PH7014", setting, $"{setting} is a platform token ({prefix}…) but the URL is a classic /api/v2 URL, which expects an API token (dt0c01…). Use https://<env>.apps.dynatrace.com for platform tokens.");

    private static Diagnostic Error(string code, string setting, string message) =>
        new(code, Severity.Error, message, new SourceLocation(setting, 1, 1));

    private static Diagnostic Warning(string code, string setting, string message) =>
        new(code, Severity.Warning, message, new SourceLocation(setting, 1, 1));
}
