using System.Globalization;

namespace Pharos.Gates.Evaluation;

/// <summary>How values appear in objectives: invariant culture, short and stable across runs.</summary>
internal static class GateFormat
{
    /// <summary>Fewer decimals for larger numbers: 204115.1, 12.345, 0.0123.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "0.#" : magnitude >= 1 ? "0.###" : "0.####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A relative change such as <c>+12.5 %</c>; ±∞ reads "from 0".</summary>
    public static string Change(double fraction) => fraction switch
    {
        double.PositiveInfinity => "+∞ % (baseline 0)",
        double.NegativeInfinity => "−∞ % (baseline 0)",
        _ => (fraction >= 0 ? "+" : "") + (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %",
    };

    /// <summary><c>p = 0.0312</c> or <c>p &lt; 0.0001</c>.</summary>
    public static string PValue(double p) =>
        p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary><c>30m</c>, <c>1h30m</c>, <c>45s</c>, <c>1d</c>: the form the CLI accepts.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return "0s";
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add($"{span.Days}d");
        }

        if (span.Hours > 0)
        {
            parts.Add($"{span.Hours}h");
        }

        if (span.Minutes > 0)
        {
            parts.Add($"{span.Minutes}m");
        }

        if (span.Seconds > 0)
        {
            parts.Add($"{span.Seconds}s");
        }

        return parts.Count == 0 ? $"{span.TotalMilliseconds:0}ms" : string.Concat(parts);
    }

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> values) => string.Join(", ", values);

    public static string Plural(int count, string singular, string plural) => count == 1 ? $"1 {singular}" : $"{count} {plural}";
}
