using System.Globalization;
using System.Text;

namespace Pharos.Metrics.Ingest;

/// <summary>Renders fragments of a line for error texts: bounded in length, control characters made visible.</summary>
internal static class LineText
{
    private const int MaxShown = 100;

    public static string Show(ReadOnlySpan<byte> utf8)
    {
        var truncated = utf8.Length > MaxShown;
        var text = Encoding.UTF8.GetString(truncated ? utf8[..MaxShown] : utf8);
        if (text.AsSpan().IndexOfAnyInRange('\0', '\x1f') >= 0)
        {
            var builder = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                builder.Append(c < ' ' ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
            }

            text = builder.ToString();
        }

        return truncated ? text + "…" : text;
    }

    /// <summary>The character starting at <paramref name="utf8"/>[0], as <c>'x'</c> or <c>U+0001</c> when invisible.</summary>
    public static string ShowChar(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return string.Create(CultureInfo.InvariantCulture, $"byte 0x{utf8[0]:X2} (not valid UTF-8)");
        }

        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}")
            : $"'{rune}'";
    }

    public static string Duration(TimeSpan span)
    {
        if (span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours))
        {
            return span.TotalHours == 1 ? "1 hour" : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours} hours");
        }

        return span.TotalMinutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes} minutes");
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
