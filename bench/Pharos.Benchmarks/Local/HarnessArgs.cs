using System.Globalization;

namespace Pharos.Benchmarks.Local;

/// <summary>
/// Options of <c>harness local-ingest</c>. Durations take <c>90</c> (seconds), <c>90s</c>, <c>5m</c> or <c>1h</c>.
/// </summary>
internal sealed record HarnessArgs
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(10);

    public int Clients { get; init; } = 8;

    public int LinesPerRequest { get; init; } = 1000;

    public int Series { get; init; } = 1000;

    /// <summary>Target data points per second across all clients; 0 sends as fast as responses come back.</summary>
    public int Rate { get; init; }

    /// <summary>
    /// Metric retention of the environment under load. Short by default: the store keeps every point in
    /// memory until retention drops it, so "memory stays flat" is only meaningful once retention bounds the data.
    /// </summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan ReferenceDuration { get; init; } = TimeSpan.FromSeconds(15);

    public int QueryPoints { get; init; } = 1_000_000;

    public int QueryIterations { get; init; } = 30;

    public bool SkipIngest { get; init; }

    public bool SkipQuery { get; init; }

    public string? Keep { get; init; }

    public static HarnessArgs? Parse(string[] args, TextWriter error)
    {
        var result = new HarnessArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value");
            try
            {
                result = name switch
                {
                    "--duration" => result with { Duration = Time(Next()) },
                    "--warmup" => result with { Warmup = Time(Next()) },
                    "--sample-interval" => result with { SampleInterval = Time(Next()) },
                    "--clients" => result with { Clients = Int(Next(), 1) },
                    "--lines" => result with { LinesPerRequest = Int(Next(), 1) },
                    "--series" => result with { Series = Int(Next(), 1) },
                    "--rate" => result with { Rate = Int(Next(), 0) },
                    "--retention" => result with { Retention = Time(Next()) },
                    "--reference-duration" => result with { ReferenceDuration = Time(Next()) },
                    "--query-points" => result with { QueryPoints = Int(Next(), 1000) },
                    "--query-iterations" => result with { QueryIterations = Int(Next(), 1) },
                    "--skip-ingest" => result with { SkipIngest = true },
                    "--skip-query" => result with { SkipQuery = true },
                    "--keep" => result with { Keep = Next() },
                    _ => throw new FormatException($"unknown option '{name}'"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine($"local-ingest: {e.Message}. Options: --duration 5m --warmup 10s --clients 8 --lines 1000 --series 1000 " +
                                "--rate 0 --retention 1m --reference-duration 15s --query-points 1000000 --query-iterations 30 --skip-ingest --skip-query --keep DIR");
                return null;
            }
        }

        return result;
    }

    private static int Int(string text, int min) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new FormatException($"'{text}' is not a whole number ≥ {min}");

    private static TimeSpan Time(string text)
    {
        var unit = char.IsAsciiLetter(text[^1]) ? text[^1] : 's';
        var digits = char.IsAsciiLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            throw new FormatException($"'{text}' is not a duration such as 90s, 5m or 1h");
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => throw new FormatException($"'{text}' is not a duration such as 90s, 5m or 1h"),
        };
    }
}
