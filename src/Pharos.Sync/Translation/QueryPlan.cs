namespace Pharos.Sync.Translation;

/// <summary>
/// What a metric event evaluates and when it alerts: the query, the model (static or
/// auto-adaptive threshold), the sliding window, and the category used for the event type.
/// </summary>
internal sealed record QueryPlan(
    BuiltSelector Selector,
    string ModelType,
    string AlertCondition,
    double? Threshold,
    SampleWindow Window)
{
    public const string StaticThreshold = "STATIC_THRESHOLD";
    public const string AutoAdaptive = "AUTO_ADAPTIVE_THRESHOLD";
}

/// <summary>
/// The sliding window in one-minute samples: alert when <see cref="Violating"/> of the last
/// <see cref="Samples"/> violate; close after <see cref="Dealerting"/> good samples.
/// </summary>
internal sealed record SampleWindow(int Samples, int Violating, int Dealerting)
{
    /// <summary>Dynatrace's defaults: 3 of 5 violate, 5 good to close. Rides out one bad minute.</summary>
    public static SampleWindow Sustained { get; } = new(5, 3, 5);

    /// <summary>For discrete occurrences (a crash, a failed job): one bad minute alerts, 3 good close.</summary>
    public static SampleWindow Occurrence { get; } = new(3, 1, 3);
}
