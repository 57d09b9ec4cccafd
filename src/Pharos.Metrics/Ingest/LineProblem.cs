namespace Pharos.Metrics.Ingest;

/// <summary>What is wrong with the line being parsed, before the line number is attached.</summary>
internal readonly record struct LineProblem(LineErrorKind Kind, string Message);
