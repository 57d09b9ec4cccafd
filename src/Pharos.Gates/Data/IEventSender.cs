namespace Pharos.Gates.Data;

/// <summary>
/// Sends one event to <c>POST /api/v2/events/ingest</c>. Throws <see cref="GateDataException"/>
/// when the environment cannot be reached or rejects the request (4xx/5xx); a 201 answer is
/// returned as is, however many entities it reports.
/// </summary>
public interface IEventSender
{
    Task<EventIngestResponse> SendAsync(EventIngestRequest request, CancellationToken cancellationToken);
}
