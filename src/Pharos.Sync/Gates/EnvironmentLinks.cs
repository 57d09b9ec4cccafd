using Pharos.Dynatrace.Connection;

namespace Pharos.Sync.Gates;

/// <summary>Where people open the environment in a browser, for the problem links in gate reports.</summary>
public static class EnvironmentLinks
{
    private const string ClassicApiPath = "api/v2/";
    private const string PlatformApiPath = "platform/classic/environment-api/v2/";

    /// <summary>
    /// The API root without its API path: <c>https://abc.live.dynatrace.com/</c>,
    /// <c>https://dt.example.com/e/&lt;id&gt;/</c>, <c>http://127.0.0.1:5080/</c>. A platform host
    /// (<c>*.apps.dynatrace.com</c>) keeps its host; that it serves the classic problem page too is an
    /// assumption to verify on a tenant (docs/gates.md).
    /// </summary>
    public static Uri UiRoot(DynatraceConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var api = connection.ApiBaseUri.AbsoluteUri;
        foreach (var suffix in (string[])[PlatformApiPath, ClassicApiPath])
        {
            if (api.EndsWith(suffix, StringComparison.Ordinal))
            {
                return new Uri(api[..^suffix.Length]);
            }
        }

        return connection.ApiBaseUri;
    }
}
