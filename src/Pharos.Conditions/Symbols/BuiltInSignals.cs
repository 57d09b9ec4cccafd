namespace Pharos.Conditions.Symbols;

/// <summary>The table of built-in signals (documented in docs/conditions.md; keep both in step).</summary>
public static class BuiltInSignals
{
    public static BuiltInSignal ErrorRate { get; } = new(
        "ErrorRate", SignalKind.Numeric, SignalUnit.Ratio, "builtin:service.errors.total.rate", 100, true,
        "Share of failed service requests")
    { Minimum = 0, Maximum = 1, ExampleThreshold = 0.05 };

    public static BuiltInSignal ResponseTime { get; } = new(
        "ResponseTime", SignalKind.Numeric, SignalUnit.Milliseconds, "builtin:service.response.time", 1000, true,
        "Service response time")
    { Minimum = 0, ExampleThreshold = 500 };

    public static BuiltInSignal Throughput { get; } = new(
        "Throughput", SignalKind.Numeric, SignalUnit.RequestsPerMinute, "builtin:service.requestCount.total", 1, true,
        "Service requests per minute")
    { Minimum = 0, ExampleThreshold = 1000 };

    public static BuiltInSignal RequestCount { get; } = new(
        "RequestCount", SignalKind.Numeric, SignalUnit.CountPerMinute, "builtin:service.requestCount.total", 1, false,
        "Service requests counted per one-minute interval")
    { Minimum = 0, ExampleThreshold = 1000 };

    public static BuiltInSignal FailureCount { get; } = new(
        "FailureCount", SignalKind.Numeric, SignalUnit.CountPerMinute, "builtin:service.errors.total.count", 1, false,
        "Failed service requests per one-minute interval")
    { Minimum = 0, ExampleThreshold = 10 };

    public static BuiltInSignal DatabaseResponseTime { get; } = new(
        "DatabaseResponseTime", SignalKind.Numeric, SignalUnit.Milliseconds, "builtin:service.dbChildCallTime", 1000, false,
        "Time a service spends in database calls")
    { Minimum = 0, ExampleThreshold = 200 };

    public static BuiltInSignal CpuUsage { get; } = new(
        "CpuUsage", SignalKind.Numeric, SignalUnit.Percent, "builtin:host.cpu.usage", 1, false,
        "Host CPU usage")
    { Minimum = 0, Maximum = 100, ExampleThreshold = 90 };

    public static BuiltInSignal MemoryUsage { get; } = new(
        "MemoryUsage", SignalKind.Numeric, SignalUnit.Percent, "builtin:host.mem.usage", 1, false,
        "Host memory usage")
    { Minimum = 0, Maximum = 100, ExampleThreshold = 90 };

    // Kafka consumer metrics are not built into OneAgent: this is the Kafka client's JMX metric
    // as ingested by Dynatrace's Kafka extension / Micrometer bridge.
    public static BuiltInSignal ConsumerLag { get; } = new(
        "ConsumerLag", SignalKind.Numeric, SignalUnit.Messages, "kafka.consumer.records-lag-max", 1, false,
        "Messages a Kafka consumer is behind the newest offset (max over partitions)")
    { Minimum = 0, ExampleThreshold = 1000 };

    public static BuiltInSignal JobStatus { get; } = new(
        "JobStatus", SignalKind.State, SignalUnit.None, "builtin:kubernetes.pods", 1, false,
        "Phase of the pods of a Kubernetes job")
    {
        StateValues = ["FAILED", "SUCCEEDED", "RUNNING", "PENDING", "UNKNOWN"],
        DynatraceStateDimension = "pod_phase",
    };

    public static IReadOnlyList<BuiltInSignal> All { get; } =
    [
        ErrorRate, ResponseTime, Throughput, RequestCount, FailureCount,
        DatabaseResponseTime, CpuUsage, MemoryUsage, ConsumerLag, JobStatus,
    ];

    private static readonly Dictionary<string, BuiltInSignal> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    /// <summary>Looks a signal up by its exact (case-sensitive) name.</summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BuiltInSignal? signal) =>
        ByName.TryGetValue(name, out signal);

    public static string GetUnitText(SignalUnit unit) => unit switch
    {
        SignalUnit.Ratio => "a ratio",
        SignalUnit.Percent => "percent",
        SignalUnit.Milliseconds => "milliseconds",
        SignalUnit.RequestsPerMinute => "requests per minute",
        SignalUnit.CountPerMinute => "a count per minute",
        SignalUnit.Messages => "messages",
        _ => "no unit",
    };
}
