namespace Pharos.Gates.Tests.Statistics;

/// <summary>
/// Seeded synthetic per-minute metrics. Error rate: each minute serves 150–250 requests (uniform),
/// each failing independently with probability p; the sample is the minute's error rate in percent.
/// With p = 1 % that is about 2 errors a minute, a low-traffic service where counts are discrete
/// and tied, which is the hard case for a rank test. Latency: a log-normal per-minute p95 around
/// a median, with 10 % spread.
/// </summary>
internal sealed class SyntheticTraffic(int seed)
{
    private readonly Random _random = new(seed);

    public double[] ErrorRates(int minutes, double errorProbability)
    {
        var samples = new double[minutes];
        for (var m = 0; m < minutes; m++)
        {
            var requests = _random.Next(150, 251);
            var errors = 0;
            for (var r = 0; r < requests; r++)
            {
                if (_random.NextDouble() < errorProbability)
                {
                    errors++;
                }
            }

            samples[m] = 100.0 * errors / requests;
        }

        return samples;
    }

    public double[] Latencies(int minutes, double median, double sigma = 0.1)
    {
        var samples = new double[minutes];
        for (var m = 0; m < minutes; m++)
        {
            samples[m] = median * Math.Exp(sigma * StandardNormal());
        }

        return samples;
    }

    public double[] Uniform(int count)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = _random.NextDouble();
        }

        return samples;
    }

    private double StandardNormal()
    {
        // Box-Muller; 1 − U avoids log(0).
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
