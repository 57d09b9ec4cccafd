using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Settings.Json;

/// <summary>
/// A JSON value reduced to what preconditions compare: null (also "absent"), a string, a boolean,
/// a number, or "something structured". Built from either a <see cref="JsonElement"/> (validation)
/// or a <see cref="JsonNode"/> (normalisation), so both share one precondition evaluator.
/// </summary>
internal readonly record struct JsonScalar(JsonValueKind Kind, string? Text, double Number)
{
    public static readonly JsonScalar Null = new(JsonValueKind.Null, null, 0);

    public bool IsNull => Kind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static JsonScalar From(JsonElement? element) => element switch
    {
        null => Null,
        { ValueKind: JsonValueKind.String } e => new(JsonValueKind.String, e.GetString(), 0),
        { ValueKind: JsonValueKind.Number } e => new(JsonValueKind.Number, e.GetRawText(), e.TryGetDouble(out var d) ? d : double.NaN),
        { ValueKind: JsonValueKind.True } => new(JsonValueKind.True, null, 0),
        { ValueKind: JsonValueKind.False } => new(JsonValueKind.False, null, 0),
        { ValueKind: JsonValueKind.Object or JsonValueKind.Array } e => new(e.ValueKind, null, 0),
        _ => Null,
    };

    public static JsonScalar From(JsonNode? node)
    {
        if (node is null)
        {
            return Null;
        }

        var kind = node.GetValueKind();
        return kind switch
        {
            JsonValueKind.String => new(kind, node.GetValue<string>(), 0),
            JsonValueKind.Number => FromNumberLiteral(node.ToJsonString()),
            _ => new(kind, null, 0),
        };
    }

    private static JsonScalar FromNumberLiteral(string literal) =>
        new(JsonValueKind.Number, literal, double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN);

    /// <summary>JSON equality for scalars: same kind and same string, boolean or numeric value.</summary>
    public bool EqualsScalar(JsonScalar other)
    {
        if (IsNull || other.IsNull)
        {
            return IsNull && other.IsNull;
        }

        return Kind == other.Kind && Kind switch
        {
            JsonValueKind.String => string.Equals(Text, other.Text, StringComparison.Ordinal),
            JsonValueKind.Number => Number.Equals(other.Number),
            JsonValueKind.True or JsonValueKind.False => true,
            _ => false,
        };
    }
}
