using System.Text.Json.Serialization;
using Pharos.Core.Diagnostics;

namespace Pharos.Settings;

/// <summary>
/// One entry of <c>error.constraintViolations</c>, shaped exactly as Dynatrace returns it:
/// <c>{"path":"builtin:x/0/name","message":"…","parameterLocation":"PAYLOAD_BODY","location":null}</c>.
/// <see cref="Code"/> (SET0xx, see <see cref="SettingsViolationCodes"/>) is for Pharos callers and is not serialised.
/// </summary>
public sealed record ConstraintViolation(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("parameterLocation")] string ParameterLocation,
    [property: JsonPropertyName("location"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Location)
{
    public const string PayloadBody = "PAYLOAD_BODY";

    [JsonIgnore]
    public string Code { get; init; } = "";

    /// <summary>The same finding as a Pharos diagnostic, e.g. for offline pre-validation in the sync.</summary>
    public Diagnostic ToDiagnostic(SourceLocation? location = null) =>
        new(Code, Severity.Error, $"{Path}: {Message}", location);
}
