namespace Pharos.Catalog.MetricsCatalog;

/// <summary>Resolves a repository url written in the catalog: relative local paths are relative to the catalog folder.</summary>
public static class RepositoryUrls
{
    public static string Resolve(string url, string catalogDirectory)
    {
        if (url.Contains("://", StringComparison.Ordinal) || IsScpLike(url) || Path.IsPathRooted(url))
        {
            return url;
        }

        return Path.GetFullPath(Path.Combine(catalogDirectory, url));
    }

    // git@github.com:org/repo.git
    private static bool IsScpLike(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
