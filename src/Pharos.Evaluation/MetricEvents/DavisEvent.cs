using System.Text.Json.Serialization;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// An event raised by a metric event for one split series, with its template filled in. Field names follow
/// the Events API v2 <c>Event</c> where one exists. <see cref="EndTime"/> is null while the event is open.
/// </summary>
public sealed record DavisEvent(
    string EventId,
    string CorrelationId,
    string ConfigId,
    string Summary,
    string EventType,
    ProblemSeverity? Severity,
    string Title,
    string Description,
    EntityInfo Entity,
    SeriesDimensions Dimensions,
    IReadOnlyList<KeyValuePair<string, string>> Properties,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    bool DavisMerge,
    double? Value,
    double? Threshold,
    int ViolatingSamples,
    int MissingSamples)
{
    [JsonIgnore]
    public bool IsOpen => EndTime is null;

    /// <summary>Whether the event opens (or joins) a problem: its type has a problem severity.</summary>
    [JsonIgnore]
    public bool OpensProblem => Severity is not null;

    public string? Property(string key)
    {
        foreach (var pair in Properties)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }
}

public enum EventTransitionKind
{
    Raised,
    Closed,
}

/// <summary>One change of one event. <see cref="At"/> is the start of the one-minute sample that caused it.</summary>
public sealed record EventTransition(EventTransitionKind Kind, DavisEvent Event, DateTimeOffset At);
