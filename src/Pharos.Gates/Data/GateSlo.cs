namespace Pharos.Gates.Data;

/// <summary>
/// An evaluated SLO from <c>GET /api/v2/slo?evaluate=true</c>. Percentages are 0–100.
/// <see cref="ErrorBudget"/> is evaluated − target in percentage points; the API sends -1 for it
/// and <see cref="EvaluatedPercentage"/> when the SLO was not evaluated, and an
/// <see cref="Error"/> other than NONE when the evaluation failed.
/// </summary>
public sealed record GateSlo
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>SUCCESS, WARNING or FAILURE.</summary>
    public string Status { get; init; } = "";

    public double Target { get; init; }

    public double Warning { get; init; }

    public double EvaluatedPercentage { get; init; }

    public double ErrorBudget { get; init; }

    public string Error { get; init; } = "NONE";

    /// <summary>The SLO's own window, e.g. <c>-1w</c>.</summary>
    public string Timeframe { get; init; } = "";

    public GateSloBurnRate? BurnRate { get; init; }
}

/// <summary><c>errorBudgetBurnRate</c>: <see cref="BurnRateType"/> is FAST, SLOW or NONE (over the last hour).</summary>
public sealed record GateSloBurnRate(string BurnRateType, double? BurnRateValue, double? FastBurnThreshold);
