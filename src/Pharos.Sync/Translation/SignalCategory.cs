using Pharos.Conditions.Symbols;

namespace Pharos.Sync.Translation;

/// <summary>What kind of trouble a condition detects; with the severity it decides the event type.</summary>
internal enum SignalCategory
{
    Availability,
    Errors,
    Performance,
    Resource,

    /// <summary>Business and traffic metrics: custom metrics, Throughput, RequestCount, or a mix.</summary>
    Custom,
}

internal static class SignalCategories
{
    public static SignalCategory Of(BuiltInSignal signal) => signal.Name switch
    {
        "ErrorRate" or "FailureCount" => SignalCategory.Errors,
        "ResponseTime" or "DatabaseResponseTime" => SignalCategory.Performance,
        "CpuUsage" or "MemoryUsage" or "ConsumerLag" => SignalCategory.Resource,
        "JobStatus" => SignalCategory.Availability,
        _ => SignalCategory.Custom,
    };
}
