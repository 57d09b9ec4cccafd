namespace Pharos.Dynatrace.Errors;

/// <summary>
/// The <c>error</c> object of the Dynatrace error envelope
/// <c>{"error":{"code","message","constraintViolations"}}</c>, also embedded in per-object
/// settings results. <see cref="RetryAfterSeconds"/> is sent by some platform APIs instead of a header.
/// </summary>
public sealed record ApiError
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<ConstraintViolation> ConstraintViolations { get; init => field = value ?? []; } = [];

    public int? RetryAfterSeconds { get; init; }

    /// <summary>The message followed by each violation as <c>path: message</c>.</summary>
    public string Describe()
    {
        var message = string.IsNullOrWhiteSpace(Message) ? $"error {Code}" : Message.TrimEnd();
        return ConstraintViolations.Count == 0
            ? message
            : $"{message} {string.Join("; ", ConstraintViolations.Select(v => v.ToString()))}";
    }
}
