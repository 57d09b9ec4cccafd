namespace Pharos.Evaluation.Notifications;

// builtin:alerting.profile v8.6.3, typed; wire spellings via WireNames.

public enum SeverityRuleLevel
{
    Availability,
    CustomAlert,
    Errors,
    MonitoringUnavailable,
    Performance,
    ResourceContention,
}

public enum TagFilterIncludeMode
{
    None,
    IncludeAny,
    IncludeAll,
}

public enum EventFilterType
{
    Predefined,
    Custom,
}

public enum ComparisonOperator
{
    BeginsWith,
    EndsWith,
    Contains,
    RegexMatches,
    StringEquals,
}

public sealed record AlertingProfile(
    string ObjectId,
    string Name,
    string? ManagementZone,
    IReadOnlyList<SeverityRule> SeverityRules,
    IReadOnlyList<AlertingEventFilter> EventFilters)
{
    /// <summary>The id <c>builtin:problem.notifications</c> uses by default: the environment's default profile.</summary>
    public const string DefaultId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The schema's default severity rules: availability, errors, custom alerts and monitoring-unavailable at once; performance and resources after 30 minutes.</summary>
    public static IReadOnlyList<SeverityRule> DefaultRules { get; } =
    [
        new(SeverityRuleLevel.MonitoringUnavailable, 0, TagFilterIncludeMode.None, []),
        new(SeverityRuleLevel.Availability, 0, TagFilterIncludeMode.None, []),
        new(SeverityRuleLevel.Errors, 0, TagFilterIncludeMode.None, []),
        new(SeverityRuleLevel.Performance, 30, TagFilterIncludeMode.None, []),
        new(SeverityRuleLevel.ResourceContention, 30, TagFilterIncludeMode.None, []),
        new(SeverityRuleLevel.CustomAlert, 0, TagFilterIncludeMode.None, []),
    ];

    public static AlertingProfile Default { get; } = new(DefaultId, "Default", null, DefaultRules, []);
}

public sealed record SeverityRule(SeverityRuleLevel SeverityLevel, int DelayInMinutes, TagFilterIncludeMode TagFilterIncludeMode, IReadOnlyList<string> TagFilter);

public sealed record AlertingEventFilter(EventFilterType Type, PredefinedEventFilter? PredefinedFilter, CustomEventFilter? CustomFilter)
{
    /// <summary>Negated filters are ANDed, the others ORed (Dynatrace's rule for event filters).</summary>
    public bool IsNegated => Type == EventFilterType.Predefined
        ? PredefinedFilter?.Negate == true
        : CustomFilter is { } c && (c.TitleFilter is { Enabled: true, Negate: true } || c.DescriptionFilter is { Enabled: true, Negate: true });
}

public sealed record PredefinedEventFilter(string EventType, bool Negate);

public sealed record CustomEventFilter(TextFilter? TitleFilter, TextFilter? DescriptionFilter, IReadOnlyList<MetadataFilterItem> MetadataFilterItems);

public sealed record TextFilter(bool Enabled, string Value, ComparisonOperator Operator, bool Negate, bool CaseSensitive);

public sealed record MetadataFilterItem(string MetadataKey, string MetadataValue, bool Negate);
