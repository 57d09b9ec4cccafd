using System.Globalization;
using System.Text;

namespace Pharos.Gates.Data;

/// <summary>
/// Renders a data request the way a person would type it against the API, unencoded so that it
/// can be read in a report and pasted into a client that encodes for itself.
/// </summary>
internal static class RequestText
{
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Get(string path, params (string Name, string? Value)[] parameters)
    {
        var text = new StringBuilder("GET ").Append(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            text.Append(separator).Append(name).Append('=').Append(value);
            separator = '&';
        }

        return text.ToString();
    }
}
