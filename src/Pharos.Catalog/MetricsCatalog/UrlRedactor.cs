namespace Pharos.Catalog.MetricsCatalog;

/// <summary>Removes credentials from a repository URL before it is shown or logged.</summary>
public static class UrlRedactor
{
    public static string Redact(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.UserInfo))
        {
            return url.Replace(uri.UserInfo + "@", "***@", StringComparison.Ordinal);
        }

        return url;
    }
}
