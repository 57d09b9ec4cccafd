namespace Pharos.Metrics.Ingest;

/// <summary>One dimension of a series, with escapes and quotes already removed from the value.</summary>
public readonly record struct Dimension(string Key, string Value);
