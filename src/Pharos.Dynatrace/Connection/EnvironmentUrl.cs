using System.Net;
using Pharos.Core.Diagnostics;

namespace Pharos.Dynatrace.Connection;

/// <summary>
/// Turns what people paste as the environment URL into the Environment API v2 root and its kind.
/// Accepted: the environment root, <c>…/api/v2</c>, <c>…/api</c>, Managed/ActiveGate
/// <c>…/e/{id}</c>, platform <c>https://{env}.apps.dynatrace.com</c> and
/// <c>…/platform/classic/environment-api/v2</c>. Reports every problem; never throws.
/// </summary>
internal static class EnvironmentUrl
{
    public const string ClassicApiPath = "api/v2";
    public const string PlatformApiPath = "platform/classic/environment-api/v2";

    private static readonly string[] PlatformHostSuffixes = [".apps.dynatrace.com", ".apps.dynatracelabs.com"];

    public static (Uri BaseUri, DynatraceApiKind Kind)? Parse(string? raw, string setting, IDiagnosticSink diagnostics)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            diagnostics.Add(ConnectionDiagnostics.UrlMissing(setting));
            return null;
        }

        if (DynatraceToken.TypePrefix(text) is not null)
        {
            diagnostics.Add(ConnectionDiagnostics.UrlLooksLikeToken(setting));
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.IsFile || string.IsNullOrEmpty(uri.Host))
        {
            diagnostics.Add(ConnectionDiagnostics.UrlNotAbsolute(setting, UrlRedactor.Redact(text)));
            return null;
        }

        var ok = CheckSchemeAndParts(uri, text, setting, diagnostics);
        var root = ResolveRoot(uri, setting, diagnostics);
        return ok && root is not null ? root : null;
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static bool IsPlatformHost(string host) =>
        PlatformHostSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static bool CheckSchemeAndParts(Uri uri, string text, string setting, IDiagnosticSink diagnostics)
    {
        var ok = true;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            diagnostics.Add(ConnectionDiagnostics.UrlSchemeUnsupported(setting, uri.Scheme));
            ok = false;
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri.Host))
        {
            diagnostics.Add(ConnectionDiagnostics.UrlInsecureHttp(setting, uri.Authority));
            ok = false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            diagnostics.Add(ConnectionDiagnostics.UrlHasCredentials(setting, UrlRedactor.Redact(text)));
            ok = false;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            diagnostics.Add(ConnectionDiagnostics.UrlHasQueryOrFragment(setting, UrlRedactor.Redact(text)));
            ok = false;
        }

        return ok;
    }

    private static (Uri BaseUri, DynatraceApiKind Kind)? ResolveRoot(Uri uri, string setting, IDiagnosticSink diagnostics)
    {
        var path = uri.AbsolutePath.Trim('/');
        var origin = uri.GetLeftPart(UriPartial.Authority) + "/";
        var platformHost = IsPlatformHost(uri.Host);

        if (path.Length == 0)
        {
            return platformHost
                ? (new Uri(origin + PlatformApiPath + "/"), DynatraceApiKind.Platform)
                : (new Uri(origin + ClassicApiPath + "/"), DynatraceApiKind.Classic);
        }

        if (EndsWithSegments(path, PlatformApiPath))
        {
            return (new Uri(origin + path + "/"), DynatraceApiKind.Platform);
        }

        var classicRoot = EndsWithSegments(path, ClassicApiPath) ? path
            : EndsWithSegments(path, "api") ? path + "/v2"
            : IsManagedEnvironment(path) ? path + "/" + ClassicApiPath
            : null;
        if (classicRoot is null)
        {
            diagnostics.Add(ConnectionDiagnostics.UrlUnexpectedPath(setting, "/" + path));
            return null;
        }

        if (platformHost)
        {
            diagnostics.Add(ConnectionDiagnostics.PlatformHostWithClassicPath(setting, uri.Authority));
            return null;
        }

        return (new Uri(origin + classicRoot + "/"), DynatraceApiKind.Classic);
    }

    private static bool EndsWithSegments(string path, string segments) =>
        string.Equals(path, segments, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith("/" + segments, StringComparison.OrdinalIgnoreCase);

    // Managed and ActiveGate: https://{domain}/e/{environment-id}
    private static bool IsManagedEnvironment(string path)
    {
        var segments = path.Split('/');
        return segments.Length >= 2 && segments[^2] == "e" && segments[^1].Length > 0;
    }
}
