using System.Globalization;
using System.Text;

namespace Pharos.Metrics.Benchmarks;

/// <summary>
/// A realistic 1,000-line ingest body: 50% gauges (half of them bare numbers), 25% count deltas and
/// 25% gauge summaries, 3–6 dimensions per line (entity ids, some quoted values), timestamps on
/// 80% of lines, about 200 distinct series so the steady state reuses interned keys and sets.
/// </summary>
internal static class IngestBatch
{
    public static readonly DateTimeOffset Now = new(2025, 7, 8, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Metrics =
    [
        "cpu.usage", "memory.used", "http.server.requests", "jvm.gc.pause", "queue.depth",
        "disk.io.read_bytes", "payments.authorized", "db.pool.active", "kafka.consumer.lag", "cache.hits",
    ];

    private static readonly string[] Regions = ["eu-west-1", "eu-central-1", "us-east-1"];

    private static readonly string[] Endpoints = ["/api/v1/payments", "/api/v1/accounts/{id}", "/health", "/api/v2/transfers"];

    public static byte[] Create(int lines, int seed = 42)
    {
        var random = new Random(seed);
        var nowMs = Now.ToUnixTimeMilliseconds();
        var builder = new StringBuilder(lines * 160);
        for (var i = 0; i < lines; i++)
        {
            var series = random.Next(200);
            builder.Append(Metrics[series % Metrics.Length]);
            builder.Append(",dt.entity.host=HOST-").Append((0x4587AE40F95AD900 + (series % 20)).ToString("X16", CultureInfo.InvariantCulture));
            builder.Append(",region=").Append(Regions[series % Regions.Length]);
            builder.Append(",service=payments-api");
            var extra = series % 4;
            if (extra >= 1)
            {
                builder.Append(",endpoint=\"").Append(Endpoints[series % Endpoints.Length]).Append('"');
            }

            if (extra >= 2)
            {
                builder.Append(",status_code=").Append(200 + (series % 3));
            }

            if (extra >= 3)
            {
                builder.Append(",k8s.pod.name=payments-api-7d9f8b6c5-x").Append(series % 7);
            }

            builder.Append(' ');
            var value = Math.Round(random.NextDouble() * 1000, 3);
            switch (random.Next(8))
            {
                case 0 or 1:
                    builder.Append(value.ToString(CultureInfo.InvariantCulture));
                    break;
                case 2 or 3:
                    builder.Append("gauge,").Append(value.ToString(CultureInfo.InvariantCulture));
                    break;
                case 4 or 5:
                    builder.Append("count,delta=").Append(random.Next(1, 5000));
                    break;
                default:
                    var count = random.Next(2, 60);
                    var min = Math.Round(value / 2, 2);
                    var max = Math.Round(value * 2, 2);
                    builder.Append("gauge,min=").Append(min.ToString(CultureInfo.InvariantCulture))
                        .Append(",max=").Append(max.ToString(CultureInfo.InvariantCulture))
                        .Append(",sum=").Append((value * count).ToString("0.###", CultureInfo.InvariantCulture))
                        .Append(",count=").Append(count);
                    break;
            }

            if (random.Next(5) != 0)
            {
                builder.Append(' ').Append(nowMs - random.Next(0, 120_000));
            }

            builder.Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
