using System.Buffers;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// Parses a <c>POST /api/v2/metrics/ingest</c> body (UTF-8, one line per data point or metadata entry).
/// Thread-safe and meant to be shared: each call rents its own scratch space. Never throws on input;
/// every rejected line is in the returned result with its 1-based line number and error text.
/// </summary>
public sealed class LineProtocolParser
{
    private readonly MetricInterner _interner;
    private readonly TimeProvider _timeProvider;

    public LineProtocolParser(MetricInterner interner, TimeProvider timeProvider, LineProtocolOptions? options = null)
    {
        _interner = interner ?? throw new ArgumentNullException(nameof(interner));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        Options = options ?? LineProtocolOptions.Default;
    }

    public LineProtocolOptions Options { get; }

    /// <summary>Parses a contiguous body; accepted points and metadata go to <paramref name="handler"/> in line order.</summary>
    public LineProtocolResult Parse<THandler>(ReadOnlySpan<byte> body, ref THandler handler)
        where THandler : IMetricLineHandler
    {
        var result = new LineProtocolResult(Options);
        using var parser = new LineParser(Options, _interner, _timeProvider.GetUtcNow(), result);
        body = SkipByteOrderMark(body);
        var lineNumber = 0;
        while (!body.IsEmpty)
        {
            lineNumber++;
            var end = body.IndexOf((byte)'\n');
            if (end < 0)
            {
                parser.ParseLine(body, lineNumber, ref handler);
                break;
            }

            parser.ParseLine(body[..end], lineNumber, ref handler);
            body = body[(end + 1)..];
        }

        return result;
    }

    /// <summary>Parses a body as it arrives from a pipe; lines that span segments are copied to a pooled buffer.</summary>
    public LineProtocolResult Parse<THandler>(in ReadOnlySequence<byte> body, ref THandler handler)
        where THandler : IMetricLineHandler
    {
        if (body.IsSingleSegment)
        {
            return Parse(body.FirstSpan, ref handler);
        }

        var result = new LineProtocolResult(Options);
        using var parser = new LineParser(Options, _interner, _timeProvider.GetUtcNow(), result);
        var reader = new SequenceReader<byte>(body);
        _ = reader.IsNext("\uFEFF"u8, advancePast: true); // a byte order mark is not part of the first line

        var lineNumber = 0;
        while (!reader.End)
        {
            lineNumber++;
            if (!reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
            {
                line = reader.UnreadSequence;
                reader.AdvanceToEnd();
            }

            if (line.IsSingleSegment)
            {
                parser.ParseLine(line.FirstSpan, lineNumber, ref handler);
                continue;
            }

            var length = checked((int)line.Length);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                line.CopyTo(buffer);
                parser.ParseLine(buffer.AsSpan(0, length), lineNumber, ref handler);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return result;
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith("\uFEFF"u8) ? body[3..] : body;
}
