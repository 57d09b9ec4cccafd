using System.Globalization;
using System.Text;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// A one-character-per-minute picture of a failing case: each input series as a sparkline (▁…█ scaled to the
/// series, _ without data), and rows marking where problems opened (▲) and closed (▼), fired vs expected.
/// Long runs show 100 minutes around the first difference.
/// </summary>
internal static class Timeline
{
    private const int Width = 100;
    private const string Levels = "▁▂▃▄▅▆▇█";

    public static void Render(StringBuilder b, AlertTestCaseResult c)
    {
        var first = c.Differences
            .Where(d => d.Kind != DiffKind.Matched)
            .SelectMany(d => new[] { d.Expected, d.Actual })
            .Select(t => double.TryParse(t.Split('m')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? (int)m : int.MaxValue)
            .DefaultIfEmpty(0)
            .Min();
        var from = c.Minutes <= Width || first == int.MaxValue ? 0 : Math.Clamp(first - 10, 0, Math.Max(0, c.Minutes - Width));
        var to = Math.Min(c.Minutes, from + Width);
        const int Label = 10;
        b.Append("      timeline (minutes ").Append(from.ToString(CultureInfo.InvariantCulture)).Append('–').Append((to - 1).ToString(CultureInfo.InvariantCulture)).Append(")\n");
        b.Append("      ").Append(new string(' ', Label)).Append(Ruler(from, to)).Append('\n');
        foreach (var s in c.Series)
        {
            b.Append("      ").Append(s.Text).Append('\n');
            b.Append("      ").Append(new string(' ', Label)).Append(Sparkline(s, from, to)).Append('\n');
        }

        b.Append("      ").Append("fired".PadRight(Label)).Append(Marks(c.Problems.Select(p => (p.Minute, p.Opens)), from, to)).Append('\n');
        if (c.ExpectedProblems is { } expected)
        {
            b.Append("      ").Append("expected".PadRight(Label)).Append(Marks(expected.Select(p => (p.At, p.Opens)), from, to)).Append('\n');
        }
    }

    private static string Ruler(int from, int to)
    {
        var chars = new StringBuilder();
        for (var m = from; m < to; m++)
        {
            if (m % 10 == 0)
            {
                var label = m.ToString(CultureInfo.InvariantCulture);
                chars.Append(label);
                m += label.Length - 1;
            }
            else
            {
                chars.Append(m % 5 == 0 ? '·' : ' ');
            }
        }

        return chars.ToString().TrimEnd();
    }

    private static string Sparkline(SeriesInput s, int from, int to)
    {
        var values = Enumerable.Range(from, to - from).Select(m => m - s.FirstMinute is var i && i >= 0 && i < s.Values.Length ? s.Values[i] : double.NaN).ToList();
        var present = values.Where(v => !double.IsNaN(v)).ToList();
        var min = present.Count == 0 ? 0 : present.Min();
        var max = present.Count == 0 ? 0 : present.Max();
        return new string([.. values.Select(v => double.IsNaN(v) ? '_' : max == min ? Levels[3] : Levels[(int)Math.Round((v - min) / (max - min) * (Levels.Length - 1))])]).TrimEnd('_');
    }

    private static string Marks(IEnumerable<(int Minute, bool Opens)> marks, int from, int to)
    {
        var row = new char[to - from];
        Array.Fill(row, ' ');
        foreach (var (minute, opens) in marks)
        {
            if (minute >= from && minute < to)
            {
                var i = minute - from;
                row[i] = row[i] == ' ' ? (opens ? '▲' : '▼') : '◆';
            }
        }

        return new string(row).TrimEnd();
    }
}
