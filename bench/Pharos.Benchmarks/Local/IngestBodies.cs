using System.Globalization;
using System.Text;

namespace Pharos.Benchmarks.Local;

/// <summary>
/// Realistic ingest bodies without timestamps (server time, so they never leave the accepted window):
/// per series a latency gauge or summary with service, endpoint and a dt.entity.service dimension, and a
/// request count. Each body holds <c>lines</c> consecutive series of the cycle, so with as many series as
/// lines per body every request writes each series once.
/// </summary>
internal static class IngestBodies
{
    public static byte[][] Create(int lines, int series, int distinctBodies)
    {
        var bodies = new byte[distinctBodies][];
        var text = new StringBuilder(lines * 128);
        for (var b = 0; b < distinctBodies; b++)
        {
            text.Clear();
            for (var l = 0; l < lines; l++)
            {
                var s = ((b * lines) + l) % series;
                var service = s % 50;
                var labels = string.Create(CultureInfo.InvariantCulture,
                    $"service=svc-{service},endpoint=/api/v1/resource-{s / 50},dt.entity.service=SERVICE-{service + 0xA000:X16}");
                var value = 5 + ((b * 7919) + (l * 104729)) % 500;
                var line = (l % 4) switch
                {
                    0 => $"bench.http.latency,{labels} gauge,min={value},max={value + 40},sum={(2 * value) + 40},count=2",
                    1 => $"bench.http.requests.count,{labels} count,delta={1 + (value % 7)}",
                    2 => $"bench.http.latency,{labels} {value}.5",
                    _ => $"bench.http.payload,{labels} gauge,{value * 13}",
                };
                text.Append(line).Append('\n');
            }

            bodies[b] = Encoding.UTF8.GetBytes(text.ToString());
        }

        return bodies;
    }
}
