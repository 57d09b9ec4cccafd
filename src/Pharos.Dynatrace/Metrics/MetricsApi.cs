using System.Text;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Metrics;

/// <summary><c>/metrics/ingest</c> and <c>/metrics/query</c>.</summary>
public sealed class MetricsApi
{
    public const string IngestTemplate = "/metrics/ingest";
    public const string QueryTemplate = "/metrics/query";

    // 400 with a ValidationResponse is a partial success: the valid lines were accepted.
    private static readonly IReadOnlySet<int> PartialSuccess = new HashSet<int> { 400 };

    private readonly DynatracePipeline _pipeline;

    internal MetricsApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>
    /// Sends line-protocol lines (one request; the API takes up to 1 MB, its own clients send at
    /// most 1000 lines). Ingest is not idempotent (counts would double), so it is retried only when
    /// the server certainly did not take it: no connection, or 429.
    /// </summary>
    public async Task<MetricIngestResult> IngestAsync(string lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var request = new DynatraceRequest(HttpMethod.Post, IngestTemplate, "metrics/ingest")
        {
            Body = new RequestBody(Encoding.UTF8.GetBytes(lines), "text/plain; charset=utf-8"),
            Safety = RequestSafety.NotRepeatable,
            IsWrite = true,
            HandledStatuses = PartialSuccess,
        };
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 400 && ErrorBody.TryParse(response.Body) is not null && !HasLineCounts(response.Body))
        {
            throw _pipeline.Rejected(request, response);
        }

        return _pipeline.Read(request, response, DynatraceJson.Context.MetricIngestResult);
    }

    public Task<MetricData> QueryAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(query.MetricSelector, nameof(query));
        var parameters = new QueryString.Builder()
            .Add("metricSelector", query.MetricSelector)
            .Add("resolution", query.Resolution)
            .Add("from", query.From)
            .Add("to", query.To)
            .Add("entitySelector", query.EntitySelector)
            .Add("mzSelector", query.MzSelector)
            .Build();
        return _pipeline.SendForJsonAsync(
            DynatraceRequest.Get(QueryTemplate, "metrics/query", parameters), DynatraceJson.Context.MetricData, cancellationToken);
    }

    // A ValidationResponse has linesOk/linesInvalid; a plain error envelope (e.g. a malformed request) has not.
    private static bool HasLineCounts(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Contains("\"linesOk\"", StringComparison.Ordinal) || text.Contains("\"linesInvalid\"", StringComparison.Ordinal);
    }
}
