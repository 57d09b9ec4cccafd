using System.Text.RegularExpressions;

namespace Pharos.Settings.Model;

/// <summary>
/// One entry of a <c>constraints</c> or <c>schemaConstraints</c> array. All constraint kinds share
/// this record; which members are set depends on <see cref="Type"/> (LENGTH, RANGE, PATTERN, UNIQUE,
/// GREATER_THAN, PROPERTY_COUNT_RANGE, CUSTOM_VALIDATOR_REF…).
/// </summary>
internal sealed record SchemaConstraint(string Type)
{
    public long? MinLength { get; init; }
    public long? MaxLength { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }

    /// <summary>The bounds as written in the schema, so messages show "0.1", not "0.1000000001".</summary>
    public string? MinimumText { get; init; }
    public string? MaximumText { get; init; }
    public string? Pattern { get; init; }
    public Regex? CompiledPattern { get; init; }
    public string? CustomMessage { get; init; }
    public string? CustomValidatorId { get; init; }
    public IReadOnlyList<string> UniqueProperties { get; init; } = [];

    /// <summary>Operands of container constraints (GREATER_THAN…, PROPERTY_COUNT_RANGE).</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];
    public int? MinimumPropertyCount { get; init; }
    public int? MaximumPropertyCount { get; init; }
}
