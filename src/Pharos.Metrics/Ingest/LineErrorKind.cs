namespace Pharos.Metrics.Ingest;

/// <summary>Why a line was rejected; stable for tests and for counting rejections by cause.</summary>
public enum LineErrorKind
{
    LineTooLong,
    InvalidMetricKey,
    ReservedMetricKey,
    InvalidDimension,
    InvalidDimensionKey,
    ReservedDimensionKey,
    InvalidDimensionValue,
    TooManyDimensions,
    MissingPayload,
    InvalidPayload,
    InvalidNumber,
    NonFiniteNumber,
    InvalidSummary,
    InconsistentSummary,
    InvalidTimestamp,
    TimestampOutOfRange,
    UnexpectedContent,
    InvalidMetadata,
}
