namespace Pharos.Conditions.Symbols;

/// <summary>The table of built-in detectors (documented in docs/conditions.md; keep both in step).</summary>
public static class Detectors
{
    public static IReadOnlyList<Detector> All { get; } =
    [
        new(DetectorKind.Anomaly, "Anomaly", DetectorArgument.Signal, "Anomaly(ErrorRate)",
            "Alerts when the signal leaves its automatically learned baseline."),
        new(DetectorKind.SlowDatabaseQueries, "SlowDatabaseQueries", DetectorArgument.Duration, "SlowDatabaseQueries(200ms)",
            "Alerts when database calls take longer than the duration."),
        new(DetectorKind.CrashDetection, "CrashDetection", DetectorArgument.None, "CrashDetection",
            "Alerts when a process of the target crashes."),
    ];

    private static readonly Dictionary<string, Detector> ByName = All.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => All.Select(d => d.Name);

    /// <summary>The signals <see cref="DetectorKind.Anomaly"/> accepts.</summary>
    public static IEnumerable<BuiltInSignal> AnomalySignals => BuiltInSignals.All.Where(s => s.SupportsAnomalyDetection);

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Detector? detector) =>
        ByName.TryGetValue(name, out detector);
}
