namespace Pharos.Dynatrace.Events;

/// <summary><c>GET /events</c>: API defaults are from now-2h, page size 100 (max 1000).</summary>
public sealed record EventQuery
{
    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>E.g. <c>eventType("CUSTOM_DEPLOYMENT"),status("OPEN")</c>.</summary>
    public string? EventSelector { get; init; }

    public string? EntitySelector { get; init; }

    public int? PageSize { get; init; }
}
