namespace Pharos.Metrics.Ingest.Response;

/// <summary>
/// Body of <c>POST /api/v2/metrics/ingest</c> (202 when <see cref="LinesInvalid"/> is 0, else 400).
/// Field names and order match the Dynatrace SDK's ValidationResponse; nulls are written, not omitted.
/// </summary>
public sealed record MetricIngestResponse(
    int LinesOk,
    int LinesInvalid,
    MetricIngestError? Error,
    MetricIngestWarnings? Warnings);

public sealed record MetricIngestError(int Code, string Message, IReadOnlyList<InvalidLine> InvalidLines);

public sealed record InvalidLine(int Line, string Error);

public sealed record MetricIngestWarnings(string Message, IReadOnlyList<WarningLine> ChangedMetricKeys);

public sealed record WarningLine(int Line, string Warning);
