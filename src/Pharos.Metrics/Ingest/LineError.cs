namespace Pharos.Metrics.Ingest;

/// <summary>A rejected line: 1-based <see cref="Line"/> and the text the API returns as <c>error</c>.</summary>
public sealed record LineError(int Line, LineErrorKind Kind, string Message);
