namespace Pharos.Dynatrace.Errors;

/// <summary>
/// One entry of <c>error.constraintViolations</c>. <see cref="ParameterLocation"/> is
/// <c>HEADER | PATH | PAYLOAD_BODY | QUERY</c>; kept as a string so new values still parse.
/// </summary>
public sealed record ConstraintViolation
{
    public string? Path { get; init; }

    public string? Message { get; init; }

    public string? ParameterLocation { get; init; }

    public string? Location { get; init; }

    public override string ToString() => string.IsNullOrEmpty(Path) ? Message ?? "" : $"{Path}: {Message}";
}
