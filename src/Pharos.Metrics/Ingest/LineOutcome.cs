namespace Pharos.Metrics.Ingest;

internal enum LineOutcome
{
    Accepted,
    Rejected,

    /// <summary>Blank or comment line: counted neither as ok nor as invalid.</summary>
    Ignored,
}
