namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// One <c>builtin:anomaly-detection.metric-events</c> object, typed. <see cref="ObjectId"/> is the settings
/// object id; field names follow the schema (v1.0.19) exactly.
/// </summary>
public sealed record MetricEventConfig(
    string ObjectId,
    bool Enabled,
    string Summary,
    MetricQueryDefinition Query,
    ModelProperties Model,
    EventTemplate Template,
    string? EventEntityDimensionKey,
    string? LegacyId);

public sealed record MetricQueryDefinition(
    QueryType Type,
    string? MetricKey,
    string? MetricSelector,
    MetricAggregation Aggregation,
    int? QueryOffset,
    EntityFilter? EntityFilter,
    IReadOnlyList<DimensionFilter> DimensionFilters,
    string? ManagementZone)
{
    /// <summary>The metric key or the selector, whichever <see cref="Type"/> uses.</summary>
    public string Text => (Type == QueryType.MetricKey ? MetricKey : MetricSelector) ?? "";
}

public sealed record EntityFilter(string? DimensionKey, IReadOnlyList<EntityFilterCondition> Conditions);

public sealed record EntityFilterCondition(EntityFilterType Type, TextOperator Operator, string Value);

/// <summary>A dimension filter; a null <see cref="Operator"/> means EQUALS, as in Dynatrace.</summary>
public sealed record DimensionFilter(string DimensionKey, string DimensionValue, TextOperator? Operator);

public sealed record ModelProperties(
    ModelType Type,
    double Threshold,
    bool AlertOnNoData,
    AlertCondition AlertCondition,
    int ViolatingSamples,
    int Samples,
    int DealertingSamples,
    double SignalFluctuation,
    double Tolerance)
{
    /// <summary>How many one-minute samples a series must remember: the sliding window or the de-alerting run, whichever is longer.</summary>
    public int WindowLength => Math.Max(Samples, DealertingSamples);
}

public sealed record EventTemplate(
    string Title,
    string Description,
    MetricEventType EventType,
    bool DavisMerge,
    IReadOnlyList<MetadataItem> Metadata);

public sealed record MetadataItem(string Key, string Value);
