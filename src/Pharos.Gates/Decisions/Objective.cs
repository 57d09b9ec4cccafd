namespace Pharos.Gates.Decisions;

/// <summary>
/// One thing a gate checked. <see cref="Value"/> and <see cref="Threshold"/> are formatted for
/// people (invariant culture); <see cref="ReasonCode"/> is stable for machines (see
/// <see cref="ReasonCodes"/>); <see cref="Requests"/> are the API requests whose answers gave the
/// value, so anyone can repeat them.
/// </summary>
public sealed record Objective
{
    public required string Name { get; init; }

    public required Outcome Outcome { get; init; }

    public required string ReasonCode { get; init; }

    public required string Value { get; init; }

    public required string Threshold { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<string> Requests { get; init; } = [];

    /// <summary>A page that shows the evidence, e.g. the problem in the Dynatrace UI.</summary>
    public string? Link { get; init; }
}
