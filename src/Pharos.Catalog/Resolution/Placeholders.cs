using System.Text;
using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// Substitutes the catalog placeholders ({SERVICE}, {ENVIRONMENT}, …) in a string. Dynatrace's own
/// placeholders are mixed case ({RequestPath}, {ProblemID}) and are kept as they are; an
/// all-upper-case placeholder Pharos does not know is a typo and an error.
/// </summary>
public sealed class Placeholders
{
    public static IReadOnlyList<string> Names { get; } = ["SERVICE", "ENVIRONMENT", "REGION", "TEAM", "COST_CENTER", "BUSINESS_UNIT"];

    private readonly Dictionary<string, string> _values;

    public Placeholders(string service, string environment, string region, string? team, string? costCenter, string? businessUnit)
    {
        _values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SERVICE"] = service,
            ["ENVIRONMENT"] = environment,
            ["REGION"] = region,
            ["TEAM"] = team ?? "",
            ["COST_CENTER"] = costCenter ?? "",
            ["BUSINESS_UNIT"] = businessUnit ?? "",
        };
    }

    /// <summary>
    /// Returns <paramref name="text"/> with known placeholders replaced. Unknown upper-case ones are
    /// reported at their column when <paramref name="at"/> is the location of the text's first character.
    /// </summary>
    public string Apply(string text, SourceLocation? at, IDiagnosticSink sink)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 32);
        var position = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(open + 1, close - open - 1);
            builder.Append(text, position, open - position);
            if (IsUpperCaseName(name))
            {
                var key = name.ToString();
                if (_values.TryGetValue(key, out var value))
                {
                    builder.Append(value);
                }
                else
                {
                    builder.Append(text, open, close - open + 1);
                    if (at is not null)
                    {
                        sink.Add(CatalogDiagnostics.UnresolvedPlaceholder(ColumnOf(at, text, open), key));
                    }
                }
            }
            else
            {
                builder.Append(text, open, close - open + 1);
            }

            position = close + 1;
            open = text.IndexOf('{', position);
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    // Multi-line strings (block scalars) cannot be pointed into by column; point at their start.
    private static SourceLocation ColumnOf(SourceLocation at, string text, int index) =>
        text.AsSpan(0, index).Contains('\n') ? at : at.Offset(index);

    private static bool IsUpperCaseName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterUpper(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
