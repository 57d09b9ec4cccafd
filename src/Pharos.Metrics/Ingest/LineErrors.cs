using System.Globalization;
using static Pharos.Metrics.Ingest.LineText;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// The only place line-protocol error texts are written. Each text names what is wrong, where
/// (1-based column in the line) and what is accepted instead. Texts are part of the API contract:
/// docs/line-protocol.md lists them and tests pin them.
/// </summary>
internal static class LineErrors
{
    private const string KeyChars = "use letters A-Z a-z, digits, '_' and '-', with '.' between sections";
    private const string DimensionKeyChars = "use lowercase letters a-z, digits, '_', '-' and ':', with '.' between sections";
    private const string PayloadForms = "expected 'gauge,<value>', 'gauge,min=<v>,max=<v>,sum=<v>,count=<n>', 'count,delta=<value>' or a plain number";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static LineProblem LineTooLong(int length, int max) => new(LineErrorKind.LineTooLong,
        F($"line is too long: {length} characters; at most {max} are allowed"));

    public static LineProblem MetricKeyLength(ReadOnlySpan<byte> key, int max) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': must be 3..{max} characters (got {key.Length})"));

    public static LineProblem MetricKeyStart(ReadOnlySpan<byte> key) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': must not start with a digit or '-'"));

    public static LineProblem MetricKeySectionStart(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': the section at column {column} starts with '-'; sections must start with a letter, digit or '_'"));

    public static LineProblem MetricKeyEmptySection(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': empty section at column {column}; separate sections with a single '.' and do not start or end the key with '.'"));

    public static LineProblem MetricKeyCharacter(ReadOnlySpan<byte> key, ReadOnlySpan<byte> at, int column) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': character {ShowChar(at)} at column {column} is not allowed; {KeyChars}"));

    public static LineProblem MetricKeyMissing(int column) => new(LineErrorKind.InvalidMetricKey,
        F($"missing metric key at column {column}: a line starts with the metric key, e.g. 'cpu.temperature,host=a 42'"));

    public static LineProblem MetricKeyReserved(ReadOnlySpan<byte> key) => new(LineErrorKind.ReservedMetricKey,
        F($"invalid metric key '{Show(key)}': the 'dt.' prefix is reserved for Dynatrace metrics; choose another prefix"));

    public static LineProblem MetricKeyTooLongWithSuffix(ReadOnlySpan<byte> key, string suffix, int max) => new(LineErrorKind.InvalidMetricKey,
        F($"invalid metric key '{Show(key)}': with the '{suffix}' suffix the key would be {key.Length + suffix.Length} characters; at most {max} are allowed"));

    public static LineProblem DimensionMissingEquals(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.InvalidDimension,
        F($"invalid dimension '{Show(key)}' at column {column}: expected '=' and a value after the dimension key"));

    public static LineProblem DimensionMissing(int column) => new(LineErrorKind.InvalidDimension,
        F($"missing dimension at column {column}: expected '<key>=<value>' after ','"));

    public static LineProblem DimensionKeyLength(ReadOnlySpan<byte> key, int column, int max) => new(LineErrorKind.InvalidDimensionKey,
        F($"invalid dimension key '{Show(key)}' at column {column}: must be 1..{max} characters (got {key.Length})"));

    public static LineProblem DimensionKeyUppercase(ReadOnlySpan<byte> key, int column, char upper) => new(LineErrorKind.InvalidDimensionKey,
        F($"invalid dimension key '{Show(key)}' at column {column}: uppercase '{upper}' is not allowed; dimension keys are lowercase"));

    public static LineProblem DimensionKeyCharacter(ReadOnlySpan<byte> key, ReadOnlySpan<byte> at, int column) => new(LineErrorKind.InvalidDimensionKey,
        F($"invalid dimension key '{Show(key)}': character {ShowChar(at)} at column {column} is not allowed; {DimensionKeyChars}"));

    public static LineProblem DimensionKeySectionStart(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.InvalidDimensionKey,
        F($"invalid dimension key '{Show(key)}': the section at column {column} must start with a letter a-z or '_'"));

    public static LineProblem DimensionKeyEmptySection(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.InvalidDimensionKey,
        F($"invalid dimension key '{Show(key)}': empty section at column {column}; separate sections with a single '.'"));

    public static LineProblem DimensionKeyReserved(ReadOnlySpan<byte> key, int column) => new(LineErrorKind.ReservedDimensionKey,
        F($"invalid dimension key '{Show(key)}' at column {column}: the 'dt.' prefix is reserved; allowed are dt.entity.<type>, {ReservedDimensions.AllowedExactList}"));

    public static LineProblem ValueUnterminated(ReadOnlySpan<byte> key, bool metadata, int column) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)}: the quoted value starting at column {column} is not closed; end it with '\"' and escape '\"' and '\\' inside with '\\'"));

    public static LineProblem ValueAfterQuote(ReadOnlySpan<byte> key, bool metadata, ReadOnlySpan<byte> at, int column) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)}: unexpected {ShowChar(at)} at column {column} after the closing quote; expected ',' or a space"));

    public static LineProblem ValueDanglingEscape(ReadOnlySpan<byte> key, bool metadata, int column) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)}: the line ends after '\\' at column {column}; write '\\\\' for a backslash"));

    public static LineProblem ValueTooLong(ReadOnlySpan<byte> key, bool metadata, int column, int length, int max) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)} at column {column}: must be at most {max} characters (got {length})"));

    public static LineProblem ValueControlCharacter(ReadOnlySpan<byte> key, bool metadata, int column, int codePoint) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)} at column {column}: control character U+{codePoint:X4} is not allowed"));

    public static LineProblem ValueNotUtf8(ReadOnlySpan<byte> key, bool metadata, int column) => new(ValueKind(metadata),
        F($"invalid value of {Owner(key, metadata)} at column {column}: not valid UTF-8; send the body as UTF-8"));

    public static LineProblem TooManyDimensions(int max) => new(LineErrorKind.TooManyDimensions,
        F($"too many dimensions: more than {max}; at most {max} are allowed per line"));

    public static LineProblem MissingPayload(ReadOnlySpan<byte> key) => new(LineErrorKind.MissingPayload,
        F($"missing value after '{Show(key)}': {PayloadForms}, separated from the key by a space"));

    public static LineProblem UnknownPayload(ReadOnlySpan<byte> payload, int column) => new(LineErrorKind.InvalidPayload,
        F($"invalid payload '{Show(payload)}' at column {column}: {PayloadForms}"));

    public static LineProblem CountWithoutDelta(ReadOnlySpan<byte> payload, int column) => new(LineErrorKind.InvalidPayload,
        F($"invalid count payload '{Show(payload)}' at column {column}: expected 'count,delta=<value>'"));

    public static LineProblem InvalidNumber(string field, ReadOnlySpan<byte> text, int column) => new(LineErrorKind.InvalidNumber,
        F($"invalid {field} '{Show(text)}' at column {column}: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3"));

    public static LineProblem NonFinite(string field, ReadOnlySpan<byte> text, int column) => new(LineErrorKind.NonFiniteNumber,
        F($"invalid {field} '{Show(text)}' at column {column}: NaN and infinite values are not accepted"));

    public static LineProblem SummaryUnknownField(ReadOnlySpan<byte> field, int column) => new(LineErrorKind.InvalidSummary,
        F($"invalid gauge summary: unknown field '{Show(field)}' at column {column}; expected min, max, sum and count"));

    public static LineProblem SummaryDuplicateField(string field, int column) => new(LineErrorKind.InvalidSummary,
        F($"invalid gauge summary: '{field}' appears twice (second at column {column})"));

    public static LineProblem SummaryMissingFields(string missing) => new(LineErrorKind.InvalidSummary,
        F($"invalid gauge summary: missing {missing}; all of min, max, sum and count are required"));

    public static LineProblem SummaryCount(ReadOnlySpan<byte> text, int column) => new(LineErrorKind.InvalidSummary,
        F($"invalid gauge summary: count '{Show(text)}' at column {column} must be a non-negative integer"));

    public static LineProblem SummaryInconsistent(double min, double max, double sum, long count) => new(LineErrorKind.InconsistentSummary,
        F($"inconsistent gauge summary: min <= sum/count <= max does not hold (min={Number(min)}, max={Number(max)}, sum={Number(sum)}, count={count}, sum/count={Number(sum / count)})"));

    public static LineProblem SummarySingleMismatch(double min, double max, double sum) => new(LineErrorKind.InconsistentSummary,
        F($"inconsistent gauge summary: with count=1, min, max and sum must be equal (min={Number(min)}, max={Number(max)}, sum={Number(sum)})"));

    public static LineProblem SummaryEmptyNotZero(double min, double max, double sum) => new(LineErrorKind.InconsistentSummary,
        F($"inconsistent gauge summary: with count=0, min, max and sum must be 0 (min={Number(min)}, max={Number(max)}, sum={Number(sum)})"));

    public static LineProblem InvalidTimestamp(ReadOnlySpan<byte> text, int column) => new(LineErrorKind.InvalidTimestamp,
        F($"invalid timestamp '{Show(text)}' at column {column}: expected UTC milliseconds since 1970-01-01, e.g. 1609459200000"));

    public static LineProblem TimestampTooOld(long timestamp, DateTimeOffset now, TimeSpan maxAge, bool looksLikeSeconds) => new(LineErrorKind.TimestampOutOfRange,
        F($"timestamp {timestamp} ({Iso(timestamp)}) is more than {Duration(maxAge)} in the past (server time {now:yyyy-MM-ddTHH:mm:ss.fffZ}){(looksLikeSeconds ? "; it looks like seconds, send milliseconds" : "; omit it to use the server time")}"));

    public static LineProblem TimestampTooNew(long timestamp, DateTimeOffset now, TimeSpan maxLead) => new(LineErrorKind.TimestampOutOfRange,
        F($"timestamp {timestamp} ({Iso(timestamp)}) is more than {Duration(maxLead)} in the future (server time {now:yyyy-MM-ddTHH:mm:ss.fffZ}); check the sender's clock"));

    public static LineProblem UnexpectedContent(ReadOnlySpan<byte> rest, int column) => new(LineErrorKind.UnexpectedContent,
        F($"unexpected '{Show(rest)}' at column {column}: a line ends after the value and an optional timestamp"));

    public static LineProblem MetadataNoProperties(ReadOnlySpan<byte> key) => new(LineErrorKind.InvalidMetadata,
        F($"invalid metadata line for '{Show(key)}': expected dt.meta.displayName, dt.meta.description or dt.meta.unit after the type, e.g. '#{Show(key)} gauge dt.meta.unit=Percent'"));

    public static LineProblem MetadataUnknownProperty(ReadOnlySpan<byte> property, int column, string suggestion) => new(LineErrorKind.InvalidMetadata,
        F($"invalid metadata property '{Show(property)}' at column {column}: expected dt.meta.displayName, dt.meta.description or dt.meta.unit.{suggestion}"));

    public static LineProblem MetadataUnit(ReadOnlySpan<byte> unit, int column) => new(LineErrorKind.InvalidMetadata,
        F($"invalid metadata property 'dt.meta.unit' at column {column}: '{Show(unit)}' must be 1..63 characters of A-Z a-z 0-9 % [ ] {{ }} / _"));

    private static string Owner(ReadOnlySpan<byte> key, bool metadata) =>
        metadata ? $"metadata property '{Show(key)}'" : $"dimension '{Show(key)}'";

    private static LineErrorKind ValueKind(bool metadata) =>
        metadata ? LineErrorKind.InvalidMetadata : LineErrorKind.InvalidDimensionValue;

    private static string Iso(long timestamp) =>
        timestamp is >= -62135596800000 and <= 253402300799999
            ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
            : "out of calendar range";
}
