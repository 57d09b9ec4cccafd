using Microsoft.Extensions.Logging;

namespace Pharos.Local.Logging;

// Every log message of the local environment, with its stable event id, lives here so operators can
// filter on ids and reviewers can check in one place that no message carries a token or a header.
internal static partial class LocalLog
{
    [LoggerMessage(EventId = 1, EventName = "Started", Level = LogLevel.Information,
        Message = "Pharos local environment listening on {BaseAddress} with data in {DataDirectory}")]
    public static partial void Started(ILogger logger, Uri baseAddress, string dataDirectory);

    [LoggerMessage(EventId = 2, EventName = "Stopping", Level = LogLevel.Information,
        Message = "Pharos local environment is stopping")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 3, EventName = "AdminTokenCreated", Level = LogLevel.Information,
        Message = "Created the admin API token {TokenId} with all scopes and wrote it to {Path}")]
    public static partial void AdminTokenCreated(ILogger logger, string tokenId, string path);

    [LoggerMessage(EventId = 4, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Path} responded {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 5, EventName = "UnhandledError", Level = LogLevel.Error,
        Message = "Unhandled error while serving {Method} {Path}; answered 500")]
    public static partial void UnhandledError(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 6, EventName = "FaultInjected", Level = LogLevel.Debug,
        Message = "Fault injection answered {StatusCode} to {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, int statusCode, string method, string path);

    [LoggerMessage(EventId = 7, EventName = "AuthenticationRejected", Level = LogLevel.Debug,
        Message = "Rejected {Method} {Path} with {StatusCode}: {Reason}")]
    public static partial void AuthenticationRejected(ILogger logger, string method, string path, int statusCode, string reason);

    [LoggerMessage(EventId = 8, EventName = "MigrationApplied", Level = LogLevel.Information,
        Message = "Applied storage migration {Version}: {Description}")]
    public static partial void MigrationApplied(ILogger logger, int version, string description);

    [LoggerMessage(EventId = 9, EventName = "RetentionPurged", Level = LogLevel.Information,
        Message = "Retention removed {EventCount} events and {ProblemCount} problems")]
    public static partial void RetentionPurged(ILogger logger, int eventCount, int problemCount);

    [LoggerMessage(EventId = 10, EventName = "TokenCreated", Level = LogLevel.Information,
        Message = "Created API token {TokenId} named '{Name}'")]
    public static partial void TokenCreated(ILogger logger, string tokenId, string name);

    [LoggerMessage(EventId = 11, EventName = "TokenRevoked", Level = LogLevel.Information,
        Message = "Revoked API token {TokenId}")]
    public static partial void TokenRevoked(ILogger logger, string tokenId);

    [LoggerMessage(EventId = 12, EventName = "RetentionFailed", Level = LogLevel.Warning,
        Message = "Retention purge failed; it will be retried")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 13, EventName = "MetricStoreOpened", Level = LogLevel.Information,
        Message = "Opened the metric store in {Directory}: replayed {RecordCount} log records and cut {TornBytes} torn bytes in {ElapsedMilliseconds:0.0} ms")]
    public static partial void MetricStoreOpened(ILogger logger, string directory, long recordCount, long tornBytes, double elapsedMilliseconds);

    [LoggerMessage(EventId = 14, EventName = "MetricStoreRecoveryProblem", Level = LogLevel.Warning,
        Message = "Metric store recovery skipped damaged data: {Problem}")]
    public static partial void MetricStoreRecoveryProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 15, EventName = "MetricMetadataSyncFailed", Level = LogLevel.Warning,
        Message = "Could not apply the builtin:metric.metadata settings of {MetricKey} to the metric store ({Status}: {Reason}); the next start applies them again")]
    public static partial void MetricMetadataSyncFailed(ILogger logger, string metricKey, string status, string? reason);

    [LoggerMessage(EventId = 16, EventName = "MetricEntityRegistrationFailed", Level = LogLevel.Warning,
        Message = "Could not register {EntityCount} entities referenced by dt.entity.* dimensions; the next ingest that references them retries")]
    public static partial void MetricEntityRegistrationFailed(ILogger logger, int entityCount, Exception exception);
}
