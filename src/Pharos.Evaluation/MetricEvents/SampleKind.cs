namespace Pharos.Evaluation.MetricEvents;

/// <summary>How one one-minute sample of a series counts in the sliding window.</summary>
public enum SampleKind : byte
{
    /// <summary>Inside the threshold or band (also: a value while the baseline is still learning).</summary>
    Normal,

    /// <summary>Outside the threshold or band.</summary>
    Violating,

    /// <summary>No data for the minute. Violating when <c>alertOnNoData</c> is on, otherwise it counts towards de-alerting.</summary>
    Missing,
}
