using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pharos.Settings.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Loading;

internal sealed partial class SchemaParser
{
    /// <summary>Constraint types Pharos understands (enforced or deliberately documented as not enforced).</summary>
    private static readonly FrozenSet<string> KnownConstraintTypes = new[]
    {
        "LENGTH", "RANGE", "PATTERN", "NOT_BLANK", "TRIMMED", "NO_WHITESPACE", "UNIQUE",
        "GREATER_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN", "LESS_THAN_OR_EQUAL", "PROPERTY_COUNT_RANGE",
        "CUSTOM_VALIDATOR_REF", "SECRET_RESUBMISSION",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KnownPreconditionTypes = new[]
    {
        "EQUALS", "IN", "NULL", "NOT", "AND", "OR", "REGEX_MATCH",
    }.ToFrozenSet(StringComparer.Ordinal);

    private List<SchemaConstraint> ParseConstraints(JsonElement owner, string path) =>
        ParseConstraintArray(JsonRead.Array(owner, "constraints"), Join(path, "constraints"));

    private List<SchemaConstraint> ParseConstraintArray(IEnumerable<JsonElement> items, string path)
    {
        var constraints = new List<SchemaConstraint>();
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}/{index++}";
            var type = JsonRead.String(item, "type");
            if (type is null)
            {
                _sink.Add(SchemaLoadDiagnostics.MissingField(_source, Join(itemPath, "type")));
                continue;
            }

            if (!KnownConstraintTypes.Contains(type))
            {
                _sink.Add(SchemaLoadDiagnostics.UnknownConstraintType(_source, itemPath, type));
            }

            var pattern = JsonRead.String(item, "pattern");
            constraints.Add(new SchemaConstraint(type)
            {
                MinLength = JsonRead.Long(item, "minLength"),
                MaxLength = JsonRead.Long(item, "maxLength"),
                Minimum = JsonRead.Double(item, "minimum"),
                Maximum = JsonRead.Double(item, "maximum"),
                MinimumText = JsonRead.NumberText(item, "minimum"),
                MaximumText = JsonRead.NumberText(item, "maximum"),
                Pattern = pattern,
                CompiledPattern = pattern is null ? null : Compile(pattern, itemPath),
                CustomMessage = JsonRead.String(item, "customMessage"),
                CustomValidatorId = JsonRead.String(item, "customValidatorId"),
                UniqueProperties = JsonRead.Strings(item, "uniqueProperties"),
                Properties = JsonRead.Strings(item, "properties"),
                MinimumPropertyCount = JsonRead.Int(item, "minimumPropertyCount"),
                MaximumPropertyCount = JsonRead.Int(item, "maximumPropertyCount"),
            });
        }

        return constraints;
    }

    private Precondition ParsePrecondition(JsonElement element, string path)
    {
        var type = JsonRead.String(element, "type") ?? "";
        if (!KnownPreconditionTypes.Contains(type))
        {
            _sink.Add(SchemaLoadDiagnostics.UnknownPreconditionType(_source, path, type));
        }

        var operands = new List<Precondition>();
        var index = 0;
        foreach (var operand in JsonRead.Array(element, "preconditions"))
        {
            operands.Add(ParsePrecondition(operand, $"{path}/preconditions/{index++}"));
        }

        var pattern = JsonRead.String(element, "pattern");
        var expectedValue = JsonRead.Member(element, "expectedValue")?.Clone();
        var expectedValues = JsonRead.Array(element, "expectedValues").Select(v => v.Clone()).ToList();
        return new Precondition(type)
        {
            Property = JsonRead.String(element, "property"),
            ExpectedValue = expectedValue,
            ExpectedValues = expectedValues,
            Expected = JsonScalar.From(expectedValue),
            ExpectedStrings = expectedValues.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToFrozenSet(StringComparer.Ordinal),
            ExpectedOthers = expectedValues.Where(v => v.ValueKind != JsonValueKind.String).Select(v => JsonScalar.From(v)).ToList(),
            Pattern = pattern is null ? null : Compile(pattern, path),
            Inner = JsonRead.Member(element, "precondition") is { ValueKind: JsonValueKind.Object } inner
                ? ParsePrecondition(inner, $"{path}/precondition")
                : null,
            Operands = operands,
        };
    }

    private Regex? Compile(string pattern, string path)
    {
        try
        {
            return SchemaRegex.CreateFullMatch(pattern);
        }
        catch (ArgumentException e)
        {
            _sink.Add(SchemaLoadDiagnostics.InvalidPattern(_source, path, pattern, e.Message));
            return null;
        }
    }
}
