using System.Globalization;

namespace Pharos.Benchmarks.Evaluation;

/// <summary>Options of <c>harness evaluation-local</c>.</summary>
internal sealed record EvaluationLocalArgs
{
    public int Events { get; init; } = 10_000;

    /// <summary>Series in all; spread over the workload's 10 metrics, one service entity each.</summary>
    public int Series { get; init; } = 1_000;

    public int Cycles { get; init; } = 10;

    public int Warmup { get; init; } = 3;

    /// <summary>Minutes of one-minute data ingested before the first cycle.</summary>
    public int History { get; init; } = 60;

    /// <summary>Share of the series (per 100 services of a metric) whose values cross the thresholds; the rest never violate.</summary>
    public int ViolatingPercent { get; init; } = 5;

    public string? Keep { get; init; }

    public int ServicesPerMetric => Series / Pharos.Evaluation.Benchmarks.Workload.Metrics;

    public static EvaluationLocalArgs? Parse(string[] args, TextWriter error)
    {
        var result = new EvaluationLocalArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value");
            try
            {
                result = name switch
                {
                    "--events" => result with { Events = Int(Next(), 1) },
                    "--series" => result with { Series = Int(Next(), Pharos.Evaluation.Benchmarks.Workload.Metrics) },
                    "--cycles" => result with { Cycles = Int(Next(), 1) },
                    "--warmup" => result with { Warmup = Int(Next(), 0) },
                    "--history" => result with { History = Int(Next(), 1) },
                    "--violating-percent" => result with { ViolatingPercent = Math.Min(100, Int(Next(), 0)) },
                    "--keep" => result with { Keep = Next() },
                    _ => throw new FormatException($"unknown option '{name}'"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine($"evaluation-local: {e.Message}. Options: --events 10000 --series 1000 --cycles 10 --warmup 3 --history 60 --violating-percent 5 --keep DIR");
                return null;
            }
        }

        return result;
    }

    private static int Int(string text, int min) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new FormatException($"'{text}' is not a whole number ≥ {min}");
}
