using System.Text.RegularExpressions;

namespace Pharos.Dynatrace.Connection;

/// <summary>
/// Makes a URL safe to show: credentials before the host become <c>***</c> and the query and
/// fragment are dropped (Dynatrace once accepted <c>?Api-Token=…</c>, so a query may hold a token).
/// </summary>
public static partial class UrlRedactor
{
    public static string Redact(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var text = url.Trim();
        var cut = text.IndexOfAny(['?', '#']);
        var suffix = "";
        if (cut >= 0)
        {
            text = text[..cut];
            suffix = "?…";
        }

        return Credentials().Replace(text, "${scheme}***@") + suffix;
    }

    // Everything between "scheme://" and the last '@' before the first '/' is userinfo.
    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)[^/]*@")]
    private static partial Regex Credentials();
}
