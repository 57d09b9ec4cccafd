using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.MetricEvents;

// The enums of builtin:anomaly-detection.metric-events v1.0.19; wire spellings via WireNames.

public enum QueryType
{
    MetricKey,
    MetricSelector,
}

public enum MetricAggregation
{
    Min,
    Max,
    Sum,
    Count,
    Avg,
    Value,
    Median,
    Percentile90,
}

public enum ModelType
{
    StaticThreshold,
    AutoAdaptiveThreshold,
    SeasonalBaseline,
}

public enum AlertCondition
{
    Above,
    Below,
    Outside,
}

/// <summary><c>eventTemplate.eventType</c>: the template vocabulary, not the Events API one (see <see cref="EventTypes"/>).</summary>
public enum MetricEventType
{
    Info,
    Error,
    Availability,
    Slowdown,
    Resource,
    CustomAlert,
    CustomAnnotation,
    CustomConfiguration,
    CustomDeployment,
    MarkedForTermination,
    Warning,
}

public enum EntityFilterType
{
    Name,
    EntityId,
    ManagementZone,
    Tag,
    HostName,
    HostGroupName,
    ProcessGroupName,
    ProcessGroupId,
    CustomDeviceGroupName,
}

/// <summary>The operators of entity and dimension filters (dimension filters allow the first six).</summary>
public enum TextOperator
{
    [WireName("EQUALS")]
    IsEqualTo,
    DoesNotEqual,
    StartsWith,
    DoesNotStartWith,
    ContainsCaseSensitive,
    DoesNotContainCaseSensitive,
    ContainsCaseInsensitive,
    DoesNotContainCaseInsensitive,
}
