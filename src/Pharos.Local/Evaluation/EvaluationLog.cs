using Microsoft.Extensions.Logging;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Log messages of the local evaluation. They carry counts, ids and exception types only: exception messages
/// can quote webhook URLs or settings values, so they are never logged.
/// </summary>
internal static partial class EvaluationLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Evaluation configuration loaded: {MetricEvents} metric events, {Notifications} notifications, {Profiles} alerting profiles, {Windows} maintenance windows; {Rejected} objects could not be evaluated")]
    public static partial void ConfigsLoaded(ILogger logger, int metricEvents, int notifications, int profiles, int windows, int rejected);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Evaluation state restored: {OpenProblems} open problems, {PendingDeliveries} pending notifications")]
    public static partial void StateRestored(ILogger logger, int openProblems, int pendingDeliveries);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Evaluation cycle at {At:o} failed ({ErrorType}); the next minute tries again")]
    public static partial void CycleFailed(ILogger logger, DateTimeOffset at, string errorType);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Metric event {ConfigId} cannot be evaluated; it is skipped until its configuration or data changes")]
    public static partial void MetricEventFailed(ILogger logger, string configId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Evaluation cycle at {At:o}: {Transitions} event changes, {ProblemChanges} problem changes, {Deliveries} delivery log entries")]
    public static partial void CycleCompleted(ILogger logger, DateTimeOffset at, int transitions, int problemChanges, int deliveries);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "The saved evaluation state could not be read ({ErrorType}); evaluation starts afresh")]
    public static partial void StateUnreadable(ILogger logger, string errorType);
}
