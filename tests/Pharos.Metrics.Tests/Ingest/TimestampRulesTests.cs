using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

/// <summary>The clock is fixed at 2025-07-08T12:00:00Z; the window is 1 hour back to 10 minutes ahead, inclusive.</summary>
public sealed class TimestampRulesTests
{
    [Fact]
    public void Parse_NoTimestamp_UsesServerTime()
    {
        var point = Single("my.metric 1");

        Assert.Equal(NowMs, point.TimestampMs);
        Assert.False(point.HasTimestamp);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3_600_000)]
    [InlineData(600_000)]
    [InlineData(-1)]
    public void Parse_TimestampInsideWindow_IsKept(long offsetMs)
    {
        var point = Single($"my.metric 1 {NowMs + offsetMs}");

        Assert.Equal(NowMs + offsetMs, point.TimestampMs);
        Assert.True(point.HasTimestamp);
    }

    [Fact]
    public void Parse_TimestampJustOverAnHourOld_IsRejected()
    {
        var timestamp = NowMs - 3_600_001;

        var error = ErrorOf($"my.metric 1 {timestamp}");

        Assert.Equal(LineErrorKind.TimestampOutOfRange, error.Kind);
        Assert.Equal(
            $"timestamp {timestamp} (2025-07-08T10:59:59.999Z) is more than 1 hour in the past (server time 2025-07-08T12:00:00.000Z); omit it to use the server time",
            error.Message);
    }

    [Fact]
    public void Parse_TimestampJustOverTenMinutesAhead_IsRejected()
    {
        var timestamp = NowMs + 600_001;

        Assert.Equal(
            $"timestamp {timestamp} (2025-07-08T12:10:00.001Z) is more than 10 minutes in the future (server time 2025-07-08T12:00:00.000Z); check the sender's clock",
            Error($"my.metric 1 {timestamp}"));
    }

    [Fact]
    public void Parse_TimestampInSeconds_SaysItLooksLikeSeconds()
    {
        var seconds = NowMs / 1000;

        Assert.EndsWith("; it looks like seconds, send milliseconds", Error($"my.metric 1 {seconds}"));
    }

    [Theory]
    [InlineData("my.metric 1 16094592e5", "16094592e5", 13)]
    [InlineData("my.metric 1 -1", "-1", 13)]
    [InlineData("my.metric 1 1.5", "1.5", 13)]
    [InlineData("my.metric gauge,1 1234567890123456789", "1234567890123456789", 19)]
    public void Parse_MalformedTimestamp_IsRejected(string line, string text, int column)
    {
        var error = ErrorOf(line);

        Assert.Equal(LineErrorKind.InvalidTimestamp, error.Kind);
        Assert.Equal($"invalid timestamp '{text}' at column {column}: expected UTC milliseconds since 1970-01-01, e.g. 1609459200000", error.Message);
    }

    [Fact]
    public void Parse_ContentAfterTimestamp_IsRejected()
    {
        Assert.Equal(
            $"unexpected 'extra' at column 27: a line ends after the value and an optional timestamp",
            Error($"my.metric 1 {NowMs} extra"));
    }

    [Fact]
    public void Parse_WiderWindowFromOptions_AcceptsOlderTimestamp()
    {
        var options = new LineProtocolOptions { MaxTimestampAge = TimeSpan.FromDays(1) };

        var (result, handler) = Parse($"my.metric 1 {NowMs - 7_200_000}", options);

        Assert.Equal(1, result.LinesOk);
        Assert.Equal(NowMs - 7_200_000, Assert.Single(handler.Points).TimestampMs);
    }
}
