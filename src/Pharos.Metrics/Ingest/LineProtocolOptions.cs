namespace Pharos.Metrics.Ingest;

/// <summary>Limits of the ingest line protocol. Defaults follow the Dynatrace documentation and clients.</summary>
public sealed record LineProtocolOptions
{
    public static LineProtocolOptions Default { get; } = new();

    /// <summary>Longest accepted line in UTF-16 characters, as the official clients count it.</summary>
    public int MaxLineLength { get; init; } = 50_000;

    public int MaxDimensions { get; init; } = 50;

    public int MaxDimensionKeyLength { get; init; } = 100;

    /// <summary>Longest dimension value in UTF-16 characters, after quotes and escapes are removed.</summary>
    public int MaxDimensionValueLength { get; init; } = 255;

    /// <summary>How far in the past an explicit timestamp may lie (inclusive).</summary>
    public TimeSpan MaxTimestampAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How far in the future an explicit timestamp may lie (inclusive).</summary>
    public TimeSpan MaxTimestampLead { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Apply the classic suffix rule (<c>count</c> → <c>.count</c>, gauge ending in <c>.count</c> →
    /// <c>.gauge</c>). Grail-only metrics do not get suffixes; turn this off to emulate them.
    /// </summary>
    public bool ApplyKeySuffixes { get; init; } = true;

    /// <summary>How many invalid lines the response lists; the rest are only counted (Dynatrace lists 10).</summary>
    public int MaxReportedInvalidLines { get; init; } = 10;

    /// <summary>How many changed-key warnings the response lists.</summary>
    public int MaxReportedWarnings { get; init; } = 1000;
}
