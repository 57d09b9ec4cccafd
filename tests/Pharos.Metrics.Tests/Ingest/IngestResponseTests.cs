using System.Text.Json;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Ingest.Response;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class IngestResponseTests
{
    private static string Json(LineProtocolResult result) => MetricIngestJson.Serialize(result.ToResponse());

    [Fact]
    public void ToResponse_AllLinesValid_WritesNullErrorAndWarnings()
    {
        var (result, _) = Parse("a.metric 1\nb.metric 2\nc.metric 3");

        Assert.True(result.AllAccepted);
        Assert.Equal("""{"linesOk":3,"linesInvalid":0,"error":null,"warnings":null}""", Json(result));
    }

    [Fact]
    public void ToResponse_InvalidLine_WritesErrorWithLineAndText()
    {
        var (result, _) = Parse("a.metric 1\nab 2");

        Assert.False(result.AllAccepted);
        Assert.Equal(
            """{"linesOk":1,"linesInvalid":1,"error":{"code":400,"message":"1 invalid lines","invalidLines":[{"line":2,"error":"invalid metric key 'ab': must be 3..255 characters (got 2)"}]},"warnings":null}""",
            Json(result));
    }

    [Fact]
    public void ToResponse_ChangedKeys_WritesChangedMetricKeysWarnings()
    {
        var (result, _) = Parse("requests count,delta=1\njvm.buffer.count 3");

        Assert.Equal(
            """{"linesOk":2,"linesInvalid":0,"error":null,"warnings":{"message":"First 2 warnings reported","changedMetricKeys":[{"line":1,"warning":"metric key 'requests' changed to 'requests.count'"},{"line":2,"warning":"metric key 'jvm.buffer.count' changed to 'jvm.buffer.count.gauge'"}]}}""",
            Json(result));
    }

    [Fact]
    public void SerializeToUtf8Bytes_SameResponse_MatchesStringForm()
    {
        var (result, _) = Parse("ab 1\nrequests count,delta=1");
        var response = result.ToResponse();

        Assert.Equal(MetricIngestJson.Serialize(response), System.Text.Encoding.UTF8.GetString(MetricIngestJson.SerializeToUtf8Bytes(response)));
    }

    [Fact]
    public void ToResponse_MoreInvalidLinesThanReported_SaysHowManyAreListed()
    {
        var body = string.Join('\n', Enumerable.Repeat("x 1", 12));

        var (result, _) = Parse(body);
        var response = result.ToResponse();

        Assert.Equal(12, response.LinesInvalid);
        Assert.Equal("First 10 errors reported", response.Error!.Message);
        Assert.Equal(Enumerable.Range(1, 10), response.Error.InvalidLines.Select(l => l.Line));
    }

    [Fact]
    public void ToResponse_ReportLimitRaised_ListsEveryInvalidLine()
    {
        var body = string.Join('\n', Enumerable.Repeat("x 1", 12));

        var (result, _) = Parse(body, new LineProtocolOptions { MaxReportedInvalidLines = 100 });

        Assert.Equal("12 invalid lines", result.ToResponse().Error!.Message);
        Assert.Equal(12, result.ToResponse().Error!.InvalidLines.Count);
    }

    [Fact]
    public void ToResponse_ErrorTextWithQuotesAndControlCharacters_IsValidJson()
    {
        var (result, _) = Parse("my.metric,dim=\"a\u0001\" 1");

        using var document = JsonDocument.Parse(Json(result));

        Assert.Equal(
            "invalid value of dimension 'dim' at column 15: control character U+0001 is not allowed",
            document.RootElement.GetProperty("error").GetProperty("invalidLines")[0].GetProperty("error").GetString());
    }
}
