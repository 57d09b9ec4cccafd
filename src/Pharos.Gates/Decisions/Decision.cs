namespace Pharos.Gates.Decisions;

/// <summary>
/// A gate's answer. <see cref="Outcome"/> is the worst objective's; <see cref="Verdict"/> is the
/// gate's own word for it (BLOCK, DEGRADED, ROLLBACK, …). <see cref="WarningsPass"/> comes from the
/// policy so that the exit code and every report agree on what a warning means.
/// </summary>
public sealed record Decision
{
    public required GateKind Gate { get; init; }

    public required GateTarget Target { get; init; }

    public required Outcome Outcome { get; init; }

    public required string Verdict { get; init; }

    public required string Summary { get; init; }

    public required DateTimeOffset EvaluatedAt { get; init; }

    public TimeWindow? Window { get; init; }

    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    public bool WarningsPass { get; init; }

    /// <summary>The policy settings this gate decided with, each with its value and where it came from.</summary>
    public IReadOnlyList<PolicySetting> Policy { get; init; } = [];

    public int ExitCode => GateExitCodes.For(Outcome, WarningsPass);

    /// <summary>The distinct requests the objectives name, in order of first use.</summary>
    public IReadOnlyList<string> Requests =>
        Objectives.SelectMany(o => o.Requests).Distinct(StringComparer.Ordinal).ToList();
}
