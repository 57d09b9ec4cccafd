namespace Pharos.Gates.Data;

/// <summary>Links to a problem in the Dynatrace web UI.</summary>
public static class ProblemLinks
{
    /// <summary>
    /// <c>{environment}/#problems/problemdetails;pid={problemId}</c>, the classic problem page every
    /// environment serves; null without an environment URL.
    /// </summary>
    public static string? For(Uri? environmentUrl, string problemId)
    {
        if (environmentUrl is null)
        {
            return null;
        }

        var root = environmentUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return $"{root}/#problems/problemdetails;pid={Uri.EscapeDataString(problemId)}";
    }
}
