namespace Pharos.Dynatrace.Slos;

/// <summary>
/// <c>GET /slo</c>: API defaults are from now-2w, page size 10 (max 10000; 25 with evaluation).
/// <see cref="TimeFrame"/>: <c>CURRENT</c> (each SLO's own window) or <c>GTF</c> (from/to).
/// <see cref="EnabledSlos"/>: <c>true</c>, <c>false</c> or <c>all</c>.
/// </summary>
public sealed record SloQuery
{
    /// <summary>E.g. <c>name("Checkout availability")</c> or <c>healthState("UNHEALTHY")</c>.</summary>
    public string? SloSelector { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? TimeFrame { get; init; }

    public bool? Evaluate { get; init; }

    public string? EnabledSlos { get; init; }

    /// <summary><c>name</c> or <c>-name</c>.</summary>
    public string? Sort { get; init; }

    public int? PageSize { get; init; }
}
