namespace Pharos.Dynatrace.Metrics;

/// <summary>
/// The <c>ValidationResponse</c> of <c>POST /metrics/ingest</c>: 202 when every line was valid,
/// 400 when some were not (the valid ones are still accepted). Line numbers are as the server
/// reports them (the emulator and, by all evidence, Dynatrace count from 1).
/// </summary>
public sealed record MetricIngestResult
{
    public int LinesOk { get; init; }

    public int LinesInvalid { get; init; }

    public MetricIngestError? Error { get; init; }

    public MetricIngestWarnings? Warnings { get; init; }
}

public sealed record MetricIngestError
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<MetricInvalidLine> InvalidLines { get; init => field = value ?? []; } = [];
}

public sealed record MetricInvalidLine
{
    public int Line { get; init; }

    public string? Error { get; init; }
}

/// <summary>E.g. a key renamed with a <c>.count</c>/<c>.gauge</c> suffix.</summary>
public sealed record MetricIngestWarnings
{
    public string? Message { get; init; }

    public IReadOnlyList<MetricKeyWarning> ChangedMetricKeys { get; init => field = value ?? []; } = [];
}

public sealed record MetricKeyWarning
{
    public int Line { get; init; }

    public string? Warning { get; init; }
}
