namespace Pharos.Dynatrace.Errors;

/// <summary>The body of every classic 4XX/5XX answer except the settings-array and metrics-ingest cases.</summary>
public sealed record ErrorEnvelope
{
    public ApiError? Error { get; init; }
}
