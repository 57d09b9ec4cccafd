namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// <c>severityLevel</c> of events and problems (Problems API v2). The declaration order is Davis's ranking,
/// most severe first: a problem takes the most severe level of its events.
/// </summary>
public enum ProblemSeverity
{
    Availability,
    Error,
    Performance,
    ResourceContention,
    CustomAlert,
    MonitoringUnavailable,
    Info,
}
