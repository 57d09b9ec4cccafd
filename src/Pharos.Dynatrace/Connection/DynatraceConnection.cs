using System.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Dynatrace.Connection;

/// <summary>
/// Where the Environment API v2 lives and how to authenticate. Created only through
/// <see cref="TryCreate"/> or <see cref="FromEnvironment"/>, which report bad input as PH70xx
/// diagnostics. The token is unreachable from outside this library and never printed.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class DynatraceConnection
{
    public const string EnvironmentUrlVariable = "DT_ENV_URL";
    public const string TokenVariable = "DT_API_TOKEN";

    private const int MinComparableTokenLength = 16;

    private DynatraceConnection(Uri apiBaseUri, DynatraceApiKind kind, DynatraceToken token)
    {
        ApiBaseUri = apiBaseUri;
        Kind = kind;
        Token = token;
    }

    /// <summary>The API root, always ending in '/', e.g. <c>https://abc.live.dynatrace.com/api/v2/</c>.</summary>
    public Uri ApiBaseUri { get; }

    public DynatraceApiKind Kind { get; }

    /// <summary><c>Api-Token</c> for classic URLs, <c>Bearer</c> for platform URLs.</summary>
    public string AuthorizationScheme => Kind == DynatraceApiKind.Platform ? "Bearer" : "Api-Token";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    internal DynatraceToken Token { get; }

    /// <summary>
    /// Validates and normalises the URL and token. Returns null when any error was reported;
    /// warnings (e.g. an API token on a platform URL) do not prevent creation.
    /// </summary>
    /// <param name="urlSetting">How the URL's source is named in diagnostics (a variable or CLI option).</param>
    public static DynatraceConnection? TryCreate(
        string? environmentUrl,
        string? token,
        IDiagnosticSink diagnostics,
        string urlSetting = EnvironmentUrlVariable,
        string tokenSetting = TokenVariable)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var trimmedToken = token?.Trim();

        // A swapped pair would otherwise quote the token in a URL diagnostic. Short local test
        // tokens ("local") could occur inside any URL, so only real-length tokens are compared.
        var root = trimmedToken is { Length: >= MinComparableTokenLength } && environmentUrl?.Contains(trimmedToken, StringComparison.Ordinal) == true
            ? Reject(diagnostics, ConnectionDiagnostics.UrlLooksLikeToken(urlSetting))
            : EnvironmentUrl.Parse(environmentUrl, urlSetting, diagnostics);
        var checkedToken = CheckToken(trimmedToken, tokenSetting, diagnostics);
        if (root is not { } r || checkedToken is null)
        {
            return null;
        }

        // pharos local accepts its tokens on both surfaces, so only a remote tenant gets the hint.
        if (!EnvironmentUrl.IsLoopback(r.BaseUri.Host))
        {
            WarnOnTokenKindMismatch(r.Kind, checkedToken, tokenSetting, diagnostics);
        }
        return new DynatraceConnection(r.BaseUri, r.Kind, checkedToken);
    }

    /// <summary>Reads <c>DT_ENV_URL</c> and <c>DT_API_TOKEN</c>; <paramref name="readVariable"/> replaces the process environment in tests.</summary>
    public static DynatraceConnection? FromEnvironment(IDiagnosticSink diagnostics, Func<string, string?>? readVariable = null)
    {
        var read = readVariable ?? Environment.GetEnvironmentVariable;
        return TryCreate(read(EnvironmentUrlVariable), read(TokenVariable), diagnostics);
    }

    public override string ToString() => $"{Kind} {ApiBaseUri} (token {Token})";

    private static (Uri BaseUri, DynatraceApiKind Kind)? Reject(IDiagnosticSink diagnostics, Diagnostic diagnostic)
    {
        diagnostics.Add(diagnostic);
        return null;
    }

    private static DynatraceToken? CheckToken(string? token, string setting, IDiagnosticSink diagnostics)
    {
        if (string.IsNullOrEmpty(token))
        {
            diagnostics.Add(ConnectionDiagnostics.TokenMissing(setting));
            return null;
        }

        foreach (var scheme in (string[])["Api-Token", "Bearer"])
        {
            if (token.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(ConnectionDiagnostics.TokenHasScheme(setting, scheme));
                return null;
            }
        }

        if (token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            diagnostics.Add(ConnectionDiagnostics.TokenHasWhitespace(setting));
            return null;
        }

        return new DynatraceToken(token);
    }

    private static void WarnOnTokenKindMismatch(DynatraceApiKind kind, DynatraceToken token, string setting, IDiagnosticSink diagnostics)
    {
        var prefix = token.Prefix?.ToLowerInvariant();
        var isApiToken = prefix is "dt0c01" or "dt0s01";
        var isPlatformToken = prefix is "dt0s16";
        if (kind == DynatraceApiKind.Platform && isApiToken)
        {
            diagnostics.Add(ConnectionDiagnostics.ApiTokenOnPlatformUrl(setting, token.Prefix!));
        }
        else if (kind == DynatraceApiKind.Classic && isPlatformToken)
        {
            diagnostics.Add(ConnectionDiagnostics.PlatformTokenOnClassicUrl(setting, token.Prefix!));
        }
    }
}
