namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Translates the metric-event template vocabulary (<c>SLOWDOWN</c>, <c>RESOURCE</c>, …) to the Events API v2
/// <c>eventType</c> (<c>PERFORMANCE_EVENT</c>, <c>RESOURCE_CONTENTION_EVENT</c>, …) and to the problem severity an
/// event opens. The last mapping matches Pharos.Local's <c>EventTypes.ProblemSeverity</c>.
/// </summary>
public static class EventTypes
{
    public static string ApiEventType(MetricEventType type) => type switch
    {
        MetricEventType.Availability => "AVAILABILITY_EVENT",
        MetricEventType.Error => "ERROR_EVENT",
        MetricEventType.Slowdown => "PERFORMANCE_EVENT",
        MetricEventType.Resource => "RESOURCE_CONTENTION_EVENT",
        MetricEventType.CustomAlert => "CUSTOM_ALERT",
        MetricEventType.Info => "CUSTOM_INFO",
        MetricEventType.CustomAnnotation => "CUSTOM_ANNOTATION",
        MetricEventType.CustomConfiguration => "CUSTOM_CONFIGURATION",
        MetricEventType.CustomDeployment => "CUSTOM_DEPLOYMENT",
        MetricEventType.MarkedForTermination => "MARKED_FOR_TERMINATION",
        _ => "WARNING",
    };

    /// <summary>The severity of the problem an event of this API type opens, or null when it opens none (info, annotations, WARNING).</summary>
    public static ProblemSeverity? ProblemSeverityOf(string apiEventType) => apiEventType switch
    {
        "AVAILABILITY_EVENT" => ProblemSeverity.Availability,
        "ERROR_EVENT" => ProblemSeverity.Error,
        "PERFORMANCE_EVENT" => ProblemSeverity.Performance,
        "RESOURCE_CONTENTION_EVENT" => ProblemSeverity.ResourceContention,
        "CUSTOM_ALERT" => ProblemSeverity.CustomAlert,
        _ => null,
    };
}
