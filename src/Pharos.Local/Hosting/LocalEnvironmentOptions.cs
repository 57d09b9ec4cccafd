using Pharos.Evaluation.Notifications;
using Pharos.Local.Faults;

namespace Pharos.Local.Hosting;

/// <summary>How a local environment listens, where it keeps data and how it misbehaves on purpose.</summary>
public sealed record LocalEnvironmentOptions
{
    public const string DefaultDataDirectory = ".pharos/local";

    /// <summary>Address to bind: an IP address or <c>localhost</c>. Loopback only unless changed on purpose.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free port (read the result from <see cref="LocalEnvironment.BaseAddress"/>).</summary>
    public int Port { get; init; }

    public string DataDirectory { get; init; } = DefaultDataDirectory;

    /// <summary>Events that started longer ago than this are deleted.</summary>
    public TimeSpan EventRetention { get; init; } = TimeSpan.FromDays(35);

    /// <summary>Closed problems that ended longer ago than this are deleted, with their comments.</summary>
    public TimeSpan ProblemRetention { get; init; } = TimeSpan.FromDays(35);

    /// <summary>
    /// Metric data points older than this are dropped (whole chunks, checked every minute). Dynatrace keeps
    /// 1-minute data for 14 days.
    /// </summary>
    public TimeSpan MetricRetention { get; init; } = TimeSpan.FromDays(14);

    /// <summary>How often the retention purge runs (it also runs once at start).</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(1);

    public FaultInjectionPlan FaultInjection { get; init; } = FaultInjectionPlan.None;

    /// <summary>Seed for the fault draw, so a test run is repeatable; null draws a fresh sequence.</summary>
    public int? FaultSeed { get; init; }

    /// <summary>Value of the <c>Retry-After</c> header on injected 429 answers.</summary>
    public TimeSpan FaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest accepted request body; Dynatrace's general limit is 1 MB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>When true, SIGTERM/SIGINT stop the environment gracefully (the generic host's console lifetime).</summary>
    public bool HandleShutdownSignals { get; init; } = true;

    /// <summary>
    /// When true, the Davis-style evaluation (metric events, problems, notifications) runs at every minute
    /// boundary of the environment's clock. When false it runs only on demand (<c>ILocalEvaluation.RunCycleAsync</c>),
    /// which tests under a virtual clock use; ingested events still open problems at once either way.
    /// </summary>
    public bool EvaluateEveryMinute { get; init; } = true;

    /// <summary>
    /// Where e-mail notifications go: an SMTP relay when set, otherwise <c>&lt;data&gt;/outbox/</c> as <c>.eml</c> files.
    /// </summary>
    public SmtpSettings? Smtp { get; init; }
}
