using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Entities;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Problems;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Entities;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Events;

/// <summary>
/// <c>POST /events/ingest</c>: one event report per selected entity, always 201 with a per-entity status.
/// Problem-raising types open (or keep open) one problem covering all selected entities; re-sending the
/// same payload extends the open event and problem instead of duplicating them. Entities covered by an
/// active maintenance window with suppression DONT_DETECT_PROBLEMS get their events but no problem.
/// </summary>
internal sealed class EventIngestHandler
{
    private readonly IEventStore _events;
    private readonly IProblemStore _problems;
    private readonly IEntityStore _entities;
    private readonly EventTargetResolver _targets;
    private readonly WriteGate<EventIngestHandler> _gate;
    private readonly TimeProvider _time;
    private readonly LocalEnvironmentOptions _options;
    private readonly MaintenanceWindows _maintenance;

    public EventIngestHandler(
        IEventStore events, IProblemStore problems, IEntityStore entities, EventTargetResolver targets,
        WriteGate<EventIngestHandler> gate, TimeProvider time, LocalEnvironmentOptions options, ISettingsObjectStore settings)
    {
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _maintenance = new MaintenanceWindows(settings ?? throw new ArgumentNullException(nameof(settings)));
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
        var problemId = await OpenProblemAsync(request, targets, start, end, nowMillis, cancellationToken).ConfigureAwait(false);
        var results = new List<(string, string)>();
        foreach (var target in targets)
        {
            var key = EventIds.DedupeKey([request.EventType, request.Title, target.Id], request.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            var open = await _events.FindOpenAsync(key, nowMillis, cancellationToken).ConfigureAwait(false);
            if (open is not null)
            {
                await _events.ExtendAsync(open.EventId, end.ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
                results.Add((open.CorrelationId, "OK"));
                continue;
            }

            var stored = new StoredEvent(
                EventIds.NewEventId(start.ToUnixTimeMilliseconds()), EventIds.NewCorrelationId(), request.EventType, request.Title,
                start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds(), target, request.Properties, key, problemId);
            await _events.InsertAsync(stored, cancellationToken).ConfigureAwait(false);
            results.Add((stored.CorrelationId, "OK"));
        }

        await _entities.TouchAsync(targets.Select(t => t.Id).ToList(), nowMillis, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<string?> OpenProblemAsync(
        EventIngestRequest request, IReadOnlyList<EntityRef> targets, DateTimeOffset start, DateTimeOffset end, long nowMillis, CancellationToken cancellationToken)
    {
        var severity = EventTypes.ProblemSeverity(request.EventType);
        if (severity is null || targets.Count == 0)
        {
            return null;
        }

        targets = await DetectableAsync(targets, start, cancellationToken).ConfigureAwait(false);
        if (targets.Count == 0)
        {
            return null;
        }

        var key = EventIds.DedupeKey([request.EventType, request.Title], targets.Select(t => t.Id).Order(StringComparer.Ordinal));
        var open = await _problems.FindOpenAsync(key, nowMillis, cancellationToken).ConfigureAwait(false);
        if (open is not null)
        {
            await _problems.ExtendAsync(open.ProblemId, end.ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
            return open.ProblemId;
        }

        var problem = new StoredProblem(
            EventIds.NewProblemId(start.ToUnixTimeMilliseconds()), "", request.Title, severity, ImpactLevel(targets),
            start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds(), null, targets, key);
        var stored = await _problems.InsertAsync(problem, start.ToString("yyMM", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return stored.ProblemId;
    }

    /// <summary>The targets no DONT_DETECT_PROBLEMS maintenance window covers at <paramref name="start"/>.</summary>
    private async Task<IReadOnlyList<EntityRef>> DetectableAsync(IReadOnlyList<EntityRef> targets, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var maintenance = await _maintenance.LoadAsync(cancellationToken).ConfigureAwait(false);
        var startMillis = start.ToUnixTimeMilliseconds();
        return targets
            .Where(t => !maintenance.Find([t], startMillis).Any(m => m.Window.Suppression == MaintenanceWindow.DontDetectProblems))
            .ToList();
    }

    private static string ImpactLevel(IReadOnlyList<EntityRef> targets) =>
        targets.Any(t => t.Type == "APPLICATION") ? "APPLICATION"
        : targets.Any(t => t.Type == EntityTypes.Service) ? "SERVICES"
        : targets.All(t => t.Type == EntityRef.Environment.Type) ? "ENVIRONMENT"
        : "INFRASTRUCTURE";
}
