using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pharos.Settings.Json;

namespace Pharos.Settings.Model;

/// <summary>
/// A property's <c>precondition</c>: EQUALS, IN, NULL, REGEX_MATCH test a sibling property;
/// NOT wraps <see cref="Inner"/>; AND and OR combine <see cref="Operands"/>.
/// </summary>
internal sealed record Precondition(string Type)
{
    public string? Property { get; init; }
    public JsonElement? ExpectedValue { get; init; }
    public IReadOnlyList<JsonElement> ExpectedValues { get; init; } = [];

    /// <summary><see cref="ExpectedValue"/> pre-converted, so evaluation does not allocate.</summary>
    public JsonScalar Expected { get; init; } = JsonScalar.Null;

    /// <summary>The string members of <see cref="ExpectedValues"/> (IN lists run to 150 enum values).</summary>
    public FrozenSet<string> ExpectedStrings { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The non-string members of <see cref="ExpectedValues"/>, pre-converted.</summary>
    public IReadOnlyList<JsonScalar> ExpectedOthers { get; init; } = [];
    public Regex? Pattern { get; init; }
    public Precondition? Inner { get; init; }
    public IReadOnlyList<Precondition> Operands { get; init; } = [];
}
