using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Metrics;

public class MetricsApiTests
{
    [Fact]
    public async Task Ingest_AllValid_ReturnsCountsAndSendsPlainText()
    {
        var t = new TestClient();
        t.Handler.Respond(202, """{"linesOk":2,"linesInvalid":0,"error":null,"warnings":null}""");

        var result = await t.Client.Metrics.IngestAsync("cpu.temperature,cpu=1 55\nnew_user_count count,delta=5", CancellationToken.None);

        Assert.Equal((2, 0), (result.LinesOk, result.LinesInvalid));
        Assert.Null(result.Error);
        var request = Assert.Single(t.Handler.Requests);
        Assert.Equal("/api/v2/metrics/ingest", request.Path);
        Assert.Equal("text/plain; charset=utf-8", request.ContentType);
        Assert.Equal("cpu.temperature,cpu=1 55\nnew_user_count count,delta=5", request.Body);
        Assert.Equal(1, t.Client.Requests.Writes);
    }

    [Fact]
    public async Task Ingest_SomeInvalid400_IsAPartialResultNotAnException()
    {
        var t = new TestClient();
        t.Handler.Respond(400, """{"linesOk":1,"linesInvalid":1,"error":{"code":400,"message":"1 invalid lines","invalidLines":[{"line":2,"error":"invalid value"}]},"warnings":{"message":"renamed","changedMetricKeys":[{"line":1,"warning":"suffixed .gauge"}]}}""");

        var result = await t.Client.Metrics.IngestAsync("a 1\nb x", CancellationToken.None);

        Assert.Equal((1, 1), (result.LinesOk, result.LinesInvalid));
        var invalid = Assert.Single(result.Error!.InvalidLines);
        Assert.Equal((2, "invalid value"), (invalid.Line, invalid.Error));
        Assert.Equal("suffixed .gauge", Assert.Single(result.Warnings!.ChangedMetricKeys).Warning);
    }

    [Fact]
    public async Task Ingest_400Envelope_Throws()
    {
        var t = new TestClient();
        t.Handler.Respond(400, """{"error":{"code":400,"message":"Unsupported content type"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.IngestAsync("a 1", CancellationToken.None));

        Assert.Equal(DynatraceFailureKind.BadRequest, ex.Kind);
        Assert.Equal("Unsupported content type", ex.Error?.Message);
    }

    [Fact]
    public async Task Ingest_Unavailable_NotRepeated()
    {
        var t = new TestClient();
        t.Handler.Respond(503);

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.IngestAsync("a 1", CancellationToken.None));

        Assert.Equal(DynatraceRetryStop.NotSafeToRepeat, ex.StopReason);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Query_AllParameters_SentAndSeriesRead()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """
            {"totalCount":1,"nextPageKey":null,"resolution":"1m","warnings":[],
             "result":[{"metricId":"cpu.temperature:avg","dataPointCountRatio":0.00006,"dimensionCountRatio":0.0001,"warnings":[],"dql":{"query":"timeseries"},
               "data":[{"dimensions":["HOST-4587AE40F95AD90D",null],"dimensionMap":{"dt.entity.host":"HOST-4587AE40F95AD90D","cpu":null},
                        "timestamps":[1701090120000,1701090180000],"values":[55.0,null]}]}]}
            """);
        var query = new MetricQuery("cpu.temperature:avg")
        {
            From = "now-2h", To = "now", Resolution = "1m", EntitySelector = "type(\"HOST\")", MzSelector = "mzName(\"Checkout\")",
        };

        var data = await t.Client.Metrics.QueryAsync(query, CancellationToken.None);

        Assert.Equal(
            "metricSelector=cpu.temperature%3Aavg&resolution=1m&from=now-2h&to=now&entitySelector=type%28%22HOST%22%29&mzSelector=mzName%28%22Checkout%22%29",
            t.Handler.Requests[0].Query);
        var collection = Assert.Single(data.Result);
        Assert.Equal("cpu.temperature:avg", collection.MetricId);
        Assert.True(collection.AdditionalProperties!.ContainsKey("dql"));
        var series = Assert.Single(collection.Data);
        Assert.Equal(["HOST-4587AE40F95AD90D", null], series.Dimensions);
        Assert.Null(series.DimensionMap["cpu"]);
        Assert.Equal([1701090120000, 1701090180000], series.Timestamps);
        Assert.Equal([55.0, null], series.Values);
    }
}
