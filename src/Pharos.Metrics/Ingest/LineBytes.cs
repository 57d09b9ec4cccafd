using System.Buffers;

namespace Pharos.Metrics.Ingest;

/// <summary>Character classes of the line protocol as vectorised byte sets.</summary>
internal static class LineBytes
{
    public static readonly SearchValues<byte> MetricKeyChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-."u8);

    public static readonly SearchValues<byte> DimensionKeyChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-:."u8);

    public static readonly SearchValues<byte> UnitChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%[]{}/_"u8);

    /// <summary>ASCII control characters; C1 controls (U+0080–U+009F) are checked separately.</summary>
    public static readonly SearchValues<byte> AsciiControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127]);

    public static ReadOnlySpan<byte> KeyEnd => ", \t"u8;

    public static ReadOnlySpan<byte> Whitespace => " \t"u8;

    public static ReadOnlySpan<byte> TrailingWhitespace => " \t\r"u8;

    public static ReadOnlySpan<byte> DimensionKeyEnd => "=, \t"u8;

    public static ReadOnlySpan<byte> QuotedStop => "\"\\"u8;

    public static ReadOnlySpan<byte> UnquotedStop => ", \t\\"u8;

    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t';

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    public static bool IsLowerOrUnderscore(byte b) => (uint)(b - 'a') <= 'z' - 'a' || b == '_';

    /// <summary>Characters a client escapes in an unquoted value; any other <c>\x</c> keeps its backslash.</summary>
    public static bool IsUnquotedEscapable(byte b) => b is (byte)',' or (byte)' ' or (byte)'=' or (byte)'\\' or (byte)'"';
}
