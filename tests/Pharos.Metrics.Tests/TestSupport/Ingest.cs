using System.Text;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Tests.TestSupport;

/// <summary>Parses text bodies against a fixed clock so timestamps in tests are stable.</summary>
internal static class Ingest
{
    public static readonly DateTimeOffset Now = new(2025, 7, 8, 12, 0, 0, TimeSpan.Zero);

    public static long NowMs => Now.ToUnixTimeMilliseconds();

    public static (LineProtocolResult Result, CollectingHandler Handler) Parse(string body, LineProtocolOptions? options = null, MetricInterner? interner = null)
    {
        var parser = new LineProtocolParser(interner ?? new MetricInterner(), new FixedTimeProvider(Now), options);
        var handler = new CollectingHandler();
        var result = parser.Parse(Encoding.UTF8.GetBytes(body), ref handler);
        return (result, handler);
    }

    public static MetricDataPoint Single(string line)
    {
        var (result, handler) = Parse(line);
        Assert.True(result.Errors.Count == 0, result.Errors.Count == 0 ? "" : result.Errors[0].Message);
        return Assert.Single(handler.Points);
    }

    /// <summary>The error text for a single invalid line.</summary>
    public static string Error(string line)
    {
        var (result, handler) = Parse(line);
        Assert.Empty(handler.Points);
        Assert.Equal(1, result.LinesInvalid);
        return Assert.Single(result.Errors).Message;
    }

    public static LineError ErrorOf(string line)
    {
        var (result, _) = Parse(line);
        return Assert.Single(result.Errors);
    }
}
