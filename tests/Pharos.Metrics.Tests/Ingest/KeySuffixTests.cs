using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class KeySuffixTests
{
    [Theory]
    [InlineData("requests count,delta=1", "requests.count", "metric key 'requests' changed to 'requests.count'")]
    [InlineData("jvm.buffer.count 5", "jvm.buffer.count.gauge", "metric key 'jvm.buffer.count' changed to 'jvm.buffer.count.gauge'")]
    [InlineData("jvm.buffer.count gauge,min=1,max=1,sum=1,count=1", "jvm.buffer.count.gauge", "metric key 'jvm.buffer.count' changed to 'jvm.buffer.count.gauge'")]
    public void Parse_KeyNeedingSuffix_IsSuffixedWithWarning(string line, string storedKey, string warning)
    {
        var (result, handler) = Parse(line);

        Assert.Equal(storedKey, Assert.Single(handler.Points).MetricKey);
        var change = Assert.Single(result.KeyChanges);
        Assert.Equal((1, warning), (change.Line, change.Warning));
    }

    [Theory]
    [InlineData("requests.count count,delta=1", "requests.count")]
    [InlineData("requests_count count,delta=1", "requests_count.count")]
    [InlineData("requests.Count 1", "requests.Count")]
    [InlineData("cpu.usage 1", "cpu.usage")]
    public void Parse_KeySuffixRule_OnlyLooksAtExactDotCountEnding(string line, string storedKey)
    {
        var (_, handler) = Parse(line);

        Assert.Equal(storedKey, Assert.Single(handler.Points).MetricKey);
    }

    [Fact]
    public void Parse_SuffixesDisabled_KeepsKeyAndWarnsNothing()
    {
        var (result, handler) = Parse("requests count,delta=1", new LineProtocolOptions { ApplyKeySuffixes = false });

        Assert.Equal("requests", Assert.Single(handler.Points).MetricKey);
        Assert.Empty(result.KeyChanges);
    }

    [Fact]
    public void Parse_InvalidLineNeedingSuffix_ReportsNoWarning()
    {
        var (result, _) = Parse("requests count,delta=x");

        Assert.Empty(result.KeyChanges);
        Assert.Equal(1, result.LinesInvalid);
    }
}
