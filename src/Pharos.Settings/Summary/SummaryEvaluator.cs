using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pharos.Settings.Model;

namespace Pharos.Settings.Summary;

/// <summary>
/// Renders a parsed summary pattern against a value. A placeholder naming a nested object renders
/// that object's own type <c>summaryPattern</c>; a collection renders its items joined by ", ".
/// Filters: <c>valueSet</c>, <c>size</c>, <c>join</c>, <c>truncate</c>, <c>replace</c>; filters that
/// need server data (<c>meDisplayName</c>, <c>mgmtZoneDisplayName</c>…) leave the value as it is.
/// </summary>
internal sealed class SummaryEvaluator
{
    private const int MaxDepth = 16;
    private readonly SettingsSchema _schema;

    public SummaryEvaluator(SettingsSchema schema)
    {
        _schema = schema;
    }

    public string Render(string pattern, JsonElement value, ComplexType type, int depth = 0) =>
        depth > MaxDepth ? "" : RenderParts(SummaryPatternParser.Parse(pattern), value, type, depth);

    private string RenderParts(IReadOnlyList<SummaryPart> parts, JsonElement context, ComplexType type, int depth)
    {
        var output = new StringBuilder();
        foreach (var part in parts)
        {
            output.Append(part switch
            {
                SummaryText text => text.Text,
                SummaryArgument argument => RenderArgument(argument, context, type, depth),
                _ => "",
            });
        }

        return output.ToString();
    }

    private string RenderArgument(SummaryArgument argument, JsonElement context, ComplexType type, int depth)
    {
        var value = Resolve(argument.Path, context, type);
        foreach (var filter in argument.Filters)
        {
            value = ApplyFilter(filter, value, depth);
        }

        switch (argument.Keyword)
        {
            case "select":
                var key = Text(value, depth);
                var chosen = argument.Cases.FirstOrDefault(c => c.Key == key) ?? argument.Cases.FirstOrDefault(c => c.Key == "other");
                return chosen is null ? "" : RenderParts(chosen.Message, context, type, depth);
            case "plural":
                var count = double.TryParse(Text(value, depth), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;
                var exact = "=" + count.ToString(CultureInfo.InvariantCulture);
                var plural = argument.Cases.FirstOrDefault(c => c.Key == exact)
                    ?? argument.Cases.FirstOrDefault(c => c.Key == (count == 1 ? "one" : "other"))
                    ?? argument.Cases.FirstOrDefault(c => c.Key == "other");
                return plural is null ? "" : RenderParts(plural.Message, context, type, depth);
            default:
                return Text(value, depth);
        }
    }

    private SummaryValue Resolve(string path, JsonElement context, ComplexType type)
    {
        JsonElement? current = context;
        SchemaProperty? property = null;
        ComplexType? currentType = type;
        foreach (var segment in path.Split('.'))
        {
            if (current is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(segment, out var member))
            {
                return SummaryValue.Empty;
            }

            property = currentType?.Find(segment);
            currentType = property is null ? null : _schema.ResolveComplex(property.Type);
            current = member;
        }

        return new SummaryValue(current, property?.Type, property?.Items?.Type, null);
    }

    private SummaryValue ApplyFilter(SummaryFilter filter, SummaryValue value, int depth)
    {
        string Arg(int i) => i < filter.Arguments.Count ? filter.Arguments[i] : "";
        switch (filter.Name)
        {
            case "valueSet":
                return SummaryValue.FromText(IsSet(value) ? "true" : "false");
            case "size":
                return SummaryValue.FromText(Size(value).ToString(CultureInfo.InvariantCulture));
            case "join":
                return SummaryValue.FromText(value.Element is { ValueKind: JsonValueKind.Array } array
                    ? string.Join(Arg(0), array.EnumerateArray().Select(item => Text(new SummaryValue(item, value.ItemType, null, null), depth)))
                    : Text(value, depth));
            case "truncate":
                var text = Text(value, depth);
                return SummaryValue.FromText(int.TryParse(Arg(0), CultureInfo.InvariantCulture, out var limit) && limit >= 0 && text.Length > limit
                    ? text[..limit] + Arg(1)
                    : text);
            case "replace":
                return SummaryValue.FromText(Replace(Text(value, depth), Arg(0), Arg(1)));
            default:
                return value;
        }
    }

    private string Text(SummaryValue value, int depth)
    {
        if (value.Text is not null)
        {
            return value.Text;
        }

        switch (value.Element)
        {
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString()!;
            case { ValueKind: JsonValueKind.Number } n:
                return CanonicalJson.NormalizeNumber(n.GetRawText());
            case { ValueKind: JsonValueKind.True }:
                return "true";
            case { ValueKind: JsonValueKind.False }:
                return "false";
            case { ValueKind: JsonValueKind.Array } array:
                return string.Join(", ", array.EnumerateArray().Select(item => Text(new SummaryValue(item, value.ItemType, null, null), depth)));
            case { ValueKind: JsonValueKind.Object } obj when value.Type is { } type && _schema.ResolveComplex(type) is { } complex:
                return Render(complex.SummaryPattern, obj, complex, depth + 1);
            default:
                return "";
        }
    }

    private static bool IsSet(SummaryValue value) => value.Text is not null
        ? value.Text.Length > 0
        : value.Element switch
        {
            null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => false,
            { ValueKind: JsonValueKind.String } s => s.GetString()!.Length > 0,
            { ValueKind: JsonValueKind.Array } a => a.GetArrayLength() > 0,
            _ => true,
        };

    private static int Size(SummaryValue value) => value.Element switch
    {
        { ValueKind: JsonValueKind.Array } a => a.GetArrayLength(),
        { ValueKind: JsonValueKind.String } s => s.GetString()!.Length,
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Count(),
        _ => value.Text?.Length ?? 0,
    };

    private static string Replace(string input, string pattern, string replacement)
    {
        try
        {
            return Regex.Replace(input, pattern, replacement, RegexOptions.CultureInvariant, SchemaRegex.Timeout);
        }
        catch (ArgumentException)
        {
            return input;
        }
        catch (RegexMatchTimeoutException)
        {
            return input;
        }
    }
}

/// <summary>An intermediate placeholder value: a JSON value with its schema type, or text produced by a filter.</summary>
internal readonly record struct SummaryValue(JsonElement? Element, PropertyType? Type, PropertyType? ItemType, string? Text)
{
    public static readonly SummaryValue Empty = new(null, null, null, null);

    public static SummaryValue FromText(string text) => new(null, null, null, text);
}
