using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Pharos.Dynatrace.Connection;

/// <summary>
/// Holds the access token so that nothing but the Authorization header can read it: ToString,
/// the debugger and every message built by this library show at most the token's type prefix.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed partial class DynatraceToken
{
    private const string Mask = "***";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _value;

    public DynatraceToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
        Prefix = TypePrefix(value);
    }

    /// <summary>The non-secret type prefix (<c>dt0c01</c>, <c>dt0s16</c>, …) of a Dynatrace-format token, else null.</summary>
    public string? Prefix { get; }

    public AuthenticationHeaderValue CreateHeader(DynatraceApiKind kind) =>
        new(kind == DynatraceApiKind.Platform ? "Bearer" : "Api-Token", _value);

    /// <summary>Replaces every occurrence of the token, or of its secret part, in text that came from elsewhere.</summary>
    public string Scrub(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var scrubbed = text.Replace(_value, Mask, StringComparison.Ordinal);
        var secret = SecretPart(_value);
        return secret is null ? scrubbed : scrubbed.Replace(secret, Mask, StringComparison.Ordinal);
    }

    public override string ToString() => Prefix is null ? Mask : $"{Prefix}.{Mask}";

    public static string? TypePrefix(string token)
    {
        var match = DynatraceFormat().Match(token);
        return match.Success ? match.Groups["prefix"].Value : null;
    }

    // dt0c01.<public id>.<secret>: a proxy echoing only the secret part must not leak it either.
    private static string? SecretPart(string token)
    {
        var match = DynatraceFormat().Match(token);
        return match.Success && match.Groups["secret"].Length >= 16 ? match.Groups["secret"].Value : null;
    }

    [GeneratedRegex(@"^(?<prefix>dt0[a-zA-Z][0-9]{2})\.(?<id>[A-Za-z0-9]+)\.(?<secret>[A-Za-z0-9]+)$")]
    private static partial Regex DynatraceFormat();
}
