using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;
using Pharos.Evaluation.Settings;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Problem-raising events of <c>POST /events/ingest</c> as the problem tracker sees them, so they merge with
/// metric-event events under the same rules. <see cref="ConfigId"/> marks them: their end is the ingest timeout
/// kept in the events table, which the coordinator checks every cycle.
/// </summary>
internal static class IngestedEvents
{
    public const string ConfigId = "events-api";

    private const string AllowDavisMerge = "dt.event.allow_davis_merge";

    public static bool IsIngested(DavisEvent e) => e.ConfigId == ConfigId;

    /// <summary>The problem severity of an Events API type (<see cref="Events.EventTypes.ProblemSeverity"/>), or null for types that open no problem.</summary>
    public static ProblemSeverity? Severity(string eventType) =>
        Events.EventTypes.ProblemSeverity(eventType) is { } wire && WireNames.TryParse<ProblemSeverity>(wire, out var severity) ? severity : null;

    // An event sent without entitySelector lands on the environment, which is no topology node: unrelated
    // environment-wide alerts stay separate problems rather than merging into one [DECIDED].
    private static bool MayMerge(StoredEvent stored, string? allowDavisMerge) =>
        stored.Entity.Id != EntityRef.Environment.Id && !string.Equals(allowDavisMerge, "false", StringComparison.OrdinalIgnoreCase);

    public static DavisEvent ToDavisEvent(StoredEvent stored, ProblemSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(stored);
        string? Property(string key) => stored.Properties.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal))?.Value;

        return new DavisEvent(
            stored.EventId,
            stored.CorrelationId,
            ConfigId,
            stored.Title,
            stored.EventType,
            severity,
            stored.Title,
            Property("dt.event.description") ?? "",
            EntityConversions.ToInfo(stored.Entity),
            SeriesDimensions.Empty,
            [.. stored.Properties.Select(p => KeyValuePair.Create(p.Key, p.Value))],
            DateTimeOffset.FromUnixTimeMilliseconds(stored.StartMillis),
            null,
            MayMerge(stored, Property(AllowDavisMerge)),
            null,
            null,
            0,
            0);
    }
}
