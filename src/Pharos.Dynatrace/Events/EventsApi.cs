using System.Text.Json;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Events;

/// <summary><c>/events/ingest</c> and <c>/events</c>.</summary>
public sealed class EventsApi
{
    public const string IngestTemplate = "/events/ingest";
    public const string ListTemplate = "/events";

    private readonly DynatracePipeline _pipeline;

    internal EventsApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>
    /// Sends one event; the answer has one result per matched entity. Retried like an idempotent
    /// request: Dynatrace treats a re-sent identical payload as the same event (it keeps it open)
    /// rather than as a new one.
    /// </summary>
    public Task<EventIngestResults> IngestAsync(EventIngest ingest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        ArgumentException.ThrowIfNullOrEmpty(ingest.EventType, nameof(ingest));
        ArgumentException.ThrowIfNullOrEmpty(ingest.Title, nameof(ingest));
        var request = new DynatraceRequest(HttpMethod.Post, IngestTemplate, "events/ingest")
        {
            Body = new RequestBody(JsonSerializer.SerializeToUtf8Bytes(ingest, DynatraceJson.Context.EventIngest), "application/json; charset=utf-8"),
            Safety = RequestSafety.Repeatable,
            IsWrite = true,
        };
        return _pipeline.SendForJsonAsync(request, DynatraceJson.Context.EventIngestResults, cancellationToken);
    }

    public IAsyncEnumerable<DynatraceEvent> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new QueryString.Builder()
            .Add("from", query.From)
            .Add("to", query.To)
            .Add("eventSelector", query.EventSelector)
            .Add("entitySelector", query.EntitySelector)
            .Add("pageSize", query.PageSize)
            .Build();
        return _pipeline.PagesAsync<EventsPage, DynatraceEvent>(
            DynatraceRequest.Get(ListTemplate, "events", parameters), [], DynatraceJson.Context.EventsPage, cancellationToken);
    }
}
