using System.Collections.Frozen;
using System.Text;

namespace Pharos.Evaluation.Settings;

/// <summary>
/// Maps C# enum members to the SCREAMING_SNAKE_CASE spellings Dynatrace uses on the wire
/// (<c>StaticThreshold</c> ⇄ <c>STATIC_THRESHOLD</c>, <c>Percentile90</c> ⇄ <c>PERCENTILE90</c>),
/// so models use ordinary enums and the JSON keeps Dynatrace's exact values.
/// </summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.ToWire[value];

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Table<TEnum>.FromWire.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Names;

    internal static string ToScreamingSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToWire =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, Spell);

        public static readonly FrozenDictionary<string, TEnum> FromWire =
            ToWire.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<TEnum>().Select(v => ToWire[v])];

        private static string Spell(TEnum value)
        {
            var name = value.ToString();
            var field = typeof(TEnum).GetField(name);
            var attribute = field is null ? null : (WireNameAttribute?)Attribute.GetCustomAttribute(field, typeof(WireNameAttribute));
            return attribute?.Name ?? ToScreamingSnake(name);
        }
    }
}
