using System.Buffers;
using System.Text;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// Parses the lines of one request body. Holds per-request scratch space rented from the shared
/// pools, so it is cheap to create and must be disposed; not thread-safe. Every rule that can
/// reject a line reports through <see cref="Fail"/> with a text from <see cref="LineErrors"/>.
/// </summary>
internal sealed partial class LineParser : IDisposable
{
    private const int MinKeyLength = 3;
    private const int MaxKeyLength = 255;

    private readonly LineProtocolOptions _options;
    private readonly MetricInterner _interner;
    private readonly LineProtocolResult _result;
    private readonly DateTimeOffset _now;
    private readonly long _nowMs;
    private readonly long _oldestMs;
    private readonly long _newestMs;
    private DimensionSlot[] _slots;
    private int _slotCount;
    private byte[] _scratch;
    private int _scratchLength;
    private byte[] _canonical;
    private LineProblem _problem;
    private int _line;

    public LineParser(LineProtocolOptions options, MetricInterner interner, DateTimeOffset now, LineProtocolResult result)
    {
        _options = options;
        _interner = interner;
        _result = result;
        _now = now;
        _nowMs = now.ToUnixTimeMilliseconds();
        _oldestMs = _nowMs - (long)options.MaxTimestampAge.TotalMilliseconds;
        _newestMs = _nowMs + (long)options.MaxTimestampLead.TotalMilliseconds;
        _slots = ArrayPool<DimensionSlot>.Shared.Rent(options.MaxDimensions + 1);
        _scratch = ArrayPool<byte>.Shared.Rent(1024);
        _canonical = ArrayPool<byte>.Shared.Rent(1024);
    }

    public void ParseLine<THandler>(ReadOnlySpan<byte> rawLine, int lineNumber, ref THandler handler)
        where THandler : IMetricLineHandler
    {
        var line = rawLine.TrimEnd(LineBytes.TrailingWhitespace);
        var start = line.IndexOfAnyExcept(LineBytes.Whitespace);
        if (start < 0)
        {
            return;
        }

        _line = lineNumber;
        var outcome = line.Length > _options.MaxLineLength && Encoding.UTF8.GetCharCount(line) is var chars && chars > _options.MaxLineLength
            ? Reject(LineErrors.LineTooLong(chars, _options.MaxLineLength))
            : line[start] == '#' ? ParseHashLine(line, start, ref handler) : ParseDataLine(line, start, ref handler);

        switch (outcome)
        {
            case LineOutcome.Accepted:
                _result.CountOk();
                break;
            case LineOutcome.Rejected:
                _result.CountInvalid();
                if (_result.WantsErrorText)
                {
                    _result.AddError(new LineError(lineNumber, _problem.Kind, _problem.Message));
                }

                break;
        }
    }

    public void Dispose()
    {
        ArrayPool<DimensionSlot>.Shared.Return(_slots);
        ArrayPool<byte>.Shared.Return(_scratch);
        ArrayPool<byte>.Shared.Return(_canonical);
        _slots = [];
        _scratch = [];
        _canonical = [];
    }

    private LineOutcome ParseDataLine<THandler>(ReadOnlySpan<byte> line, int pos, ref THandler handler)
        where THandler : IMetricLineHandler
    {
        var keyLength = line[pos..].IndexOfAny(LineBytes.KeyEnd);
        if (keyLength < 0)
        {
            keyLength = line.Length - pos;
        }

        var key = line.Slice(pos, keyLength);
        if (!ValidateMetricKey(key, pos))
        {
            return LineOutcome.Rejected;
        }

        pos += keyLength;
        _slotCount = 0;
        _scratchLength = 0;
        if (pos < line.Length && line[pos] == ',')
        {
            pos++;
            if (!TryParseDimensions(line, ref pos))
            {
                return LineOutcome.Rejected;
            }
        }

        var payloadStart = SkipWhitespace(line, pos);
        if (payloadStart >= line.Length)
        {
            return Reject(LineErrors.MissingPayload(key));
        }

        var payloadEnd = TokenEnd(line, payloadStart);
        if (!TryParsePayload(line[payloadStart..payloadEnd], payloadStart, out var value))
        {
            return LineOutcome.Rejected;
        }

        var timestamp = _nowMs;
        var hasTimestamp = false;
        pos = SkipWhitespace(line, payloadEnd);
        if (pos < line.Length)
        {
            var timestampEnd = TokenEnd(line, pos);
            if (!TryParseTimestamp(line[pos..timestampEnd], pos, out timestamp))
            {
                return LineOutcome.Rejected;
            }

            hasTimestamp = true;
            pos = SkipWhitespace(line, timestampEnd);
            if (pos < line.Length)
            {
                return Reject(LineErrors.UnexpectedContent(line[pos..], pos + 1));
            }
        }

        var type = value.Kind == MetricValueKind.CountDelta ? MetricType.Count : MetricType.Gauge;
        if (!TryResolveKey(key, type, out var metricKey))
        {
            return LineOutcome.Rejected;
        }

        var point = new MetricDataPoint(
            _line, metricKey, BuildDimensionSet(line), value.Kind, value.Value, value.Min, value.Max, value.Sum, value.Count, timestamp, hasTimestamp);
        handler.OnDataPoint(in point);
        return LineOutcome.Accepted;
    }

    private LineOutcome Reject(LineProblem problem)
    {
        _problem = problem;
        return LineOutcome.Rejected;
    }

    private bool Fail(LineProblem problem)
    {
        _problem = problem;
        return false;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> line, int pos)
    {
        while (pos < line.Length && LineBytes.IsWhitespace(line[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static int TokenEnd(ReadOnlySpan<byte> line, int pos)
    {
        var length = line[pos..].IndexOfAny(LineBytes.Whitespace);
        return length < 0 ? line.Length : pos + length;
    }
}
