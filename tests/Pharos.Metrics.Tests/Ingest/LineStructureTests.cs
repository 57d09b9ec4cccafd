using System.Text;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Tests.TestSupport;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class LineStructureTests
{
    [Fact]
    public void Parse_DocumentationExamples_AreAllAccepted()
    {
        var body = string.Join('\n',
            $"mymetric,team=teamA,businessapp=hr 1000 {NowMs}",
            "cpu.temperature,hostname=hostA,cpu=1 gauge,45",
            "cpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 gauge,min=17.1,max=17.3,sum=34.4,count=2",
            "new_user_count,region=EAST count,delta=50",
            "workHours,team=\"devops\\\\bugfixing\",project=\"\\\"product\\\"_improvement\" 1000");

        var (result, handler) = Parse(body);

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.LinesOk);
        Assert.Equal([1, 2, 3, 4, 5], handler.Points.Select(p => p.Line));
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreTolerated()
    {
        var (result, handler) = Parse("a.metric 1\r\nb.metric 2\r\n");

        Assert.Equal(2, result.LinesOk);
        Assert.Equal(["a.metric", "b.metric"], handler.Points.Select(p => p.MetricKey));
    }

    [Fact]
    public void Parse_BlankAndWhitespaceLines_AreIgnoredButNumbered()
    {
        var (result, handler) = Parse("\n   \na.metric 1\n\t\nb.metric x\n");

        Assert.Equal(1, result.LinesOk);
        Assert.Equal(1, result.LinesInvalid);
        Assert.Equal(3, Assert.Single(handler.Points).Line);
        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Parse_ExtraSpacesAndTabsBetweenParts_AreAccepted()
    {
        var point = Single($"  my.metric,a=1 \t gauge,2 \t {NowMs}  ");

        Assert.Equal(("my.metric", 2.0, NowMs), (point.MetricKey, point.Value, point.TimestampMs));
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        Assert.Equal("my.metric", Single("\uFEFFmy.metric 1").MetricKey);
    }

    [Fact]
    public void Parse_EmptyBody_HasNoLines()
    {
        var (result, _) = Parse("");

        Assert.Equal((0, 0), (result.LinesOk, result.LinesInvalid));
    }

    [Fact]
    public void Parse_DimensionsInAnyOrder_ShareOneInternedSet()
    {
        var (_, handler) = Parse("m.x,b=2,a=1 1\nm.x,a=1,b=2 2");

        Assert.Same(handler.Points[0].Dimensions, handler.Points[1].Dimensions);
        Assert.Equal([new Dimension("a", "1"), new Dimension("b", "2")], handler.Points[0].Dimensions);
    }

    [Fact]
    public void Parse_RepeatedMetricKey_SharesOneString()
    {
        var (_, handler) = Parse("m.x 1\nm.x 2");

        Assert.Same(handler.Points[0].MetricKey, handler.Points[1].MetricKey);
    }

    [Fact]
    public void Parse_DuplicateDimensionKey_LastValueWins()
    {
        var point = Single("my.metric,team=a,host=h,team=b 1");

        Assert.Equal("b", point.Dimensions.GetValue("team"));
        Assert.Equal(2, point.Dimensions.Count);
    }

    [Fact]
    public void Parse_FiftyDimensions_IsAccepted()
    {
        var dims = string.Join(',', Enumerable.Range(0, 50).Select(i => $"dim{i}=val{i}"));

        Assert.Equal(50, Single($"my.metric,{dims} 1").Dimensions.Count);
    }

    [Fact]
    public void Parse_FiftyOneDimensions_IsRejected()
    {
        var dims = string.Join(',', Enumerable.Range(0, 51).Select(i => $"dim{i}=val{i}"));

        var error = ErrorOf($"my.metric,{dims} 1");

        Assert.Equal(LineErrorKind.TooManyDimensions, error.Kind);
        Assert.Equal("too many dimensions: more than 50; at most 50 are allowed per line", error.Message);
    }

    [Fact]
    public void Parse_LineOverMaximumLength_IsRejected()
    {
        // serializer vector 18: 5555 dimensions exceed 50,000 characters
        var dims = string.Join(',', Enumerable.Range(0, 5555).Select(i => $"dim{i}=val{i}"));
        var line = $"metric,{dims} count,delta=100";

        var error = ErrorOf(line);

        Assert.Equal(LineErrorKind.LineTooLong, error.Kind);
        Assert.Equal($"line is too long: {line.Length} characters; at most 50000 are allowed", error.Message);
    }

    [Fact]
    public void Parse_LineAtMaximumLengthInCharactersButLongerInBytes_IsAccepted()
    {
        var options = new LineProtocolOptions { MaxLineLength = 40, MaxDimensionValueLength = 255 };
        var line = "my.metric,d=" + new string('ä', 26) + " 1";

        var (result, _) = Parse(line, options);

        Assert.Equal(40, line.Length);
        Assert.Equal(1, result.LinesOk);
    }

    [Fact]
    public void Parse_MixedBody_CountsAndReportsEachLine()
    {
        var (result, handler) = Parse("a.metric 1\nbad key 1\nc.metric count,delta=1\n#comment\nd.metric gauge,x");

        Assert.Equal(2, result.LinesOk);
        Assert.Equal(2, result.LinesInvalid);
        Assert.Equal([2, 5], result.Errors.Select(e => e.Line));
        Assert.Equal(2, handler.Points.Count);
    }

    [Fact]
    public void Parse_ReadOnlySequenceSplitAcrossSegments_MatchesContiguousParse()
    {
        var body = $"a.metric,host=x 1\r\nb.metric,host=\"y z\" count,delta=2 {NowMs}\nbad\n#c.metric gauge dt.meta.unit=Byte\nd.metric gauge,min=1,max=1,sum=1,count=1";
        var bytes = Encoding.UTF8.GetBytes(body);
        var expected = Parse(body);

        for (var segmentSize = 1; segmentSize <= 7; segmentSize++)
        {
            var sequence = Segments.Split(bytes, segmentSize);
            var parser = new LineProtocolParser(new MetricInterner(), new FixedTimeProvider(Now));
            var handler = new CollectingHandler();

            var result = parser.Parse(sequence, ref handler);

            Assert.Equal(expected.Result.LinesOk, result.LinesOk);
            Assert.Equal(expected.Result.Errors, result.Errors);
            Assert.Equal(expected.Handler.Points.Select(Describe), handler.Points.Select(Describe));
            Assert.Equal(expected.Handler.Metadata, handler.Metadata);
        }
    }

    private static string Describe(MetricDataPoint p) =>
        $"{p.Line}|{p.MetricKey}|{p.Dimensions}|{p.Kind}|{p.Min}|{p.Max}|{p.Sum}|{p.Count}|{p.TimestampMs}";
}
