using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Entities;
using Pharos.Local.Http;
using Pharos.Local.Problems;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Events;

/// <summary><c>GET /events</c> (eventSelector, entitySelector, from/to, paging) and <c>GET /events/{eventId}</c>.</summary>
internal sealed class EventsQueryHandlers
{
    private readonly IEventStore _events;
    private readonly TimeProvider _time;
    private readonly MaintenanceWindows _maintenance;

    public EventsQueryHandlers(IEventStore events, ISettingsObjectStore settings, TimeProvider time)
    {
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _maintenance = new MaintenanceWindows(settings ?? throw new ArgumentNullException(nameof(settings)));
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var violations = new List<ConstraintViolation>();
        var now = _time.GetUtcNow();
        var state = ReadState(context.Request, now, violations);
        var eventSelector = EventSelector.All;
        if (state?.EventSelector is { } eventText)
        {
            var (parsed, diagnostics) = EventSelector.Parse(eventText);
            eventSelector = parsed ?? EventSelector.All;
            violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, EventSelector.Parameter));
        }

        var entitySelector = EntitySelectorParameter.Read(state?.EntitySelector, violations);

        if (state is null || violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var nowMillis = now.ToUnixTimeMilliseconds();
        var maintenance = await _maintenance.LoadAsync(cancellationToken).ConfigureAwait(false);
        var matched = (await _events.ListAsync(state.From, state.To, cancellationToken).ConfigureAwait(false))
            .Where(e => eventSelector.Matches(e, nowMillis, maintenance) && (entitySelector is null || entitySelector.Matches(ToEntity(e.Entity))))
            .ToList();
        var page = matched.Skip(state.Offset).Take(state.PageSize).ToList();
        var next = state.Offset + page.Count;
        var json = new JsonObject
        {
            ["totalCount"] = matched.Count,
            ["pageSize"] = state.PageSize,
            ["nextPageKey"] = page.Count > 0 && next < matched.Count ? PageKeys.Encode(state with { Offset = next }) : null,
            ["events"] = new JsonArray(page.Select(e => (JsonNode)EventJson.Render(e, nowMillis, maintenance.IsUnderMaintenance([e.Entity], e.StartMillis))).ToArray()),
            ["warnings"] = new JsonArray(),
        };
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var eventId = (string)context.Request.RouteValues["eventId"]!;
        var stored = await _events.GetAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, $"Event with ID '{eventId}' not found.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var maintenance = await _maintenance.LoadAsync(cancellationToken).ConfigureAwait(false);
        var underMaintenance = maintenance.IsUnderMaintenance([stored.Entity], stored.StartMillis);
        await ApiJson.WriteAsync(context, 200, EventJson.Render(stored, _time.GetUtcNow().ToUnixTimeMilliseconds(), underMaintenance), cancellationToken).ConfigureAwait(false);
    }

    // Events keep a snapshot of their entity; selectors match against that snapshot.
    internal static LocalEntity ToEntity(EntityRef entity) =>
        new(entity.Id, entity.Type, entity.Name, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, entity.Tags, entity.ManagementZones, new Dictionary<string, string>());

    private static EventsListState? ReadState(HttpRequest request, DateTimeOffset now, List<ConstraintViolation> violations)
    {
        if (PageKeys.TryReadNextPage<EventsListState>(request, s => s.IsValid, violations, out var page))
        {
            return page;
        }

        var from = Timeframe.Read(request, "from", now, now.AddHours(-2), violations);
        var to = Timeframe.Read(request, "to", now, now, violations);
        var pageSize = QueryParameters.GetInt(request, "pageSize", EventsListState.DefaultPageSize, 1, EventsListState.MaxPageSize, violations);
        return violations.Count > 0
            ? null
            : new EventsListState(EventsListState.KeyKind, QueryParameters.Get(request, "eventSelector"), QueryParameters.Get(request, "entitySelector"),
                from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), pageSize, 0);
    }
}
