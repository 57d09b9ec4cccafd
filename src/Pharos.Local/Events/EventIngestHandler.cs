using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Entities;
using Pharos.Local.Evaluation;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Entities;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Events;

/// <summary>
/// <c>POST /events/ingest</c>: one event report per selected entity, always 201 with a per-entity status.
/// Re-sending the same payload extends the open event instead of duplicating it. Problem-raising types go
/// through the evaluator's problem tracker at once, as metric events do every minute: the events of one payload
/// open (or keep open, or join) one problem, merging with open problems on the same entity; an entity under a
/// DONT_DETECT_PROBLEMS maintenance window gets its event but no problem. The problem closes when its events'
/// timeouts have passed (checked every evaluation cycle) or by hand.
/// </summary>
internal sealed class EventIngestHandler
{
    private readonly IEventStore _events;
    private readonly IEntityStore _entities;
    private readonly EventTargetResolver _targets;
    private readonly WriteGate<EventIngestHandler> _gate;
    private readonly TimeProvider _time;
    private readonly LocalEnvironmentOptions _options;
    private readonly LocalEvaluationCoordinator _evaluation;

    public EventIngestHandler(
        IEventStore events, IEntityStore entities, EventTargetResolver targets,
        WriteGate<EventIngestHandler> gate, TimeProvider time, LocalEnvironmentOptions options, LocalEvaluationCoordinator evaluation)
    {
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await JsonBody.ReadAsync(context, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (!body.IsOk)
        {
            await body.WriteErrorAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var violations = new List<ConstraintViolation>();
        var request = EventIngestRequest.Read(body.Root, violations);
        EntitySelector? selector = null;
        if (request.EntitySelector is not null)
        {
            var (parsed, diagnostics) = EntitySelector.Parse(request.EntitySelector);
            selector = parsed;
            violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.PayloadBody, EntitySelector.Parameter));
        }

        if (violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        List<(string CorrelationId, string Status)> results;
        using (await _gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            results = await IngestAsync(request, selector, cancellationToken).ConfigureAwait(false);
        }

        var json = new JsonObject
        {
            ["reportCount"] = results.Count,
            ["eventIngestResults"] = new JsonArray(results.Select(r => (JsonNode)new JsonObject { ["correlationId"] = r.CorrelationId, ["status"] = r.Status }).ToArray()),
        };
        await ApiJson.WriteAsync(context, StatusCodes.Status201Created, json, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<(string, string)>> IngestAsync(EventIngestRequest request, EntitySelector? selector, CancellationToken cancellationToken)
    {
        var (targets, invalidType) = await _targets.ResolveAsync(selector, cancellationToken).ConfigureAwait(false);
        if (invalidType)
        {
            return [(EventIds.NewCorrelationId(), "INVALID_ENTITY_TYPE")];
        }

        var now = _time.GetUtcNow();
        var start = request.StartTime is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : now;
        var end = request.EndTime is { } e ? DateTimeOffset.FromUnixTimeMilliseconds(e) : start.AddMinutes(request.TimeoutMinutes);
        if (!EventTypes.IsStartAcceptable(request.EventType, start, now) || end < start)
        {
            return targets.Select(_ => (EventIds.NewCorrelationId(), "INVALID_TIMESTAMPS")).ToList();
        }

        var nowMillis = now.ToUnixTimeMilliseconds();
        var endMillis = end.ToUnixTimeMilliseconds();
        var results = new List<(string, string)>();
        var reported = new List<StoredEvent>();
        var created = new List<StoredEvent>();
        foreach (var target in targets)
        {
            var key = EventIds.DedupeKey([request.EventType, request.Title, target.Id], request.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            var open = await _events.FindOpenAsync(key, nowMillis, cancellationToken).ConfigureAwait(false);
            if (open is not null)
            {
                await _events.ExtendAsync(open.EventId, endMillis, cancellationToken).ConfigureAwait(false);
                reported.Add(open with { EndMillis = Math.Max(open.EndMillis, endMillis) });
                results.Add((open.CorrelationId, "OK"));
                continue;
            }

            var stored = new StoredEvent(
                EventIds.NewEventId(start.ToUnixTimeMilliseconds()), EventIds.NewCorrelationId(), request.EventType, request.Title,
                start.ToUnixTimeMilliseconds(), endMillis, target, request.Properties, key, null);
            reported.Add(stored);
            created.Add(stored);
            results.Add((stored.CorrelationId, "OK"));
        }

        if (IngestedEvents.Severity(request.EventType) is { } severity && reported.Count > 0)
        {
            // The tracker decides the problem and the new events are written with it, in one transaction.
            await _evaluation.RaiseIngestedAsync(reported, severity, created, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var stored in created)
            {
                await _events.InsertAsync(stored, cancellationToken).ConfigureAwait(false);
            }
        }

        await _entities.TouchAsync(targets.Select(t => t.Id).ToList(), nowMillis, cancellationToken).ConfigureAwait(false);
        return results;
    }
}
