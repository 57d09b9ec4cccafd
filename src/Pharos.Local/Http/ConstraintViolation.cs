using System.Text.Json.Serialization;

namespace Pharos.Local.Http;

/// <summary>
/// One entry of <c>error.constraintViolations</c> in a Dynatrace error body.
/// <see cref="ParameterLocation"/> is one of <c>HEADER</c>, <c>PATH</c>, <c>PAYLOAD_BODY</c>, <c>QUERY</c>;
/// <see cref="Location"/> is serialized even when null because Dynatrace always sends the key.
/// </summary>
public sealed record ConstraintViolation(
    string Path,
    string Message,
    string ParameterLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Location = null)
{
    public const string Header = "HEADER";
    public const string PathParameter = "PATH";
    public const string PayloadBody = "PAYLOAD_BODY";
    public const string Query = "QUERY";

    public static ConstraintViolation InQuery(string parameter, string message) => new(parameter, message, Query);

    public static ConstraintViolation InBody(string path, string message) => new(path, message, PayloadBody);

    public static ConstraintViolation InPath(string parameter, string message) => new(parameter, message, PathParameter);
}
