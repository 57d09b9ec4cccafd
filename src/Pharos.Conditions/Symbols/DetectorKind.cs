namespace Pharos.Conditions.Symbols;

public enum DetectorKind
{
    /// <summary>Dynatrace's auto-adaptive baseline on a signal.</summary>
    Anomaly,

    /// <summary>Database calls slower than a duration.</summary>
    SlowDatabaseQueries,

    /// <summary>Dynatrace's built-in process crash detection.</summary>
    CrashDetection,
}
