using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Http;
using Pharos.Local.Storage.Entities;

namespace Pharos.Local.Entities;

/// <summary><c>GET /entities</c> (entitySelector, from/to, fields, paging) and <c>GET /entities/{entityId}</c>.</summary>
internal sealed class EntitiesHandlers
{
    private readonly IEntityStore _store;
    private readonly EntityResolver _resolver;
    private readonly TimeProvider _time;

    public EntitiesHandlers(IEntityStore store, EntityResolver resolver, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var violations = new List<ConstraintViolation>();
        var state = ReadState(context.Request, violations);
        var selector = state is null ? null : ParseSelector(state.Selector, violations);
        if (state is null || selector is null)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var matched = (await _resolver.ResolveAsync(selector, cancellationToken).ConfigureAwait(false))
            .Where(e => e.LastSeen.ToUnixTimeMilliseconds() >= state.From && e.FirstSeen.ToUnixTimeMilliseconds() <= state.To)
            .ToList();
        var page = matched.Skip(state.Offset).Take(state.PageSize).ToList();
        var next = state.Offset + page.Count;
        var json = new JsonObject
        {
            ["totalCount"] = matched.Count,
            ["pageSize"] = state.PageSize,
            ["nextPageKey"] = page.Count > 0 && next < matched.Count ? PageKeys.Encode(state with { Offset = next }) : null,
            ["entities"] = new JsonArray(page.Select(e => (JsonNode)EntityJson.Render(e, state.Fields)).ToArray()),
        };
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var entityId = (string)context.Request.RouteValues["entityId"]!;
        var entity = await _store.GetAsync(entityId, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, $"Entity with ID '{entityId}' not found.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ApiJson.WriteAsync(context, 200, EntityJson.Render(entity, EntityJson.OptionalFields), cancellationToken).ConfigureAwait(false);
    }

    private EntitiesListState? ReadState(HttpRequest request, List<ConstraintViolation> violations)
    {
        if (PageKeys.TryReadNextPage<EntitiesListState>(request, s => s.IsValid, violations, out var page))
        {
            return page;
        }

        var now = _time.GetUtcNow();
        var selector = QueryParameters.Get(request, "entitySelector");
        if (selector is null)
        {
            violations.Add(ConstraintViolation.InQuery("entitySelector", "Set entitySelector on the first page, e.g. entitySelector=type(\"SERVICE\")."));
        }

        var from = Timeframe.Read(request, "from", now, now.AddDays(-3), violations);
        var to = Timeframe.Read(request, "to", now, now, violations);
        var pageSize = QueryParameters.GetInt(request, "pageSize", EntitiesListState.DefaultPageSize, 1, EntitiesListState.MaxPageSize, violations);
        var fields = QueryParameters.GetList(request, "fields").Select(f => f.TrimStart('+')).Distinct().ToList();
        foreach (var field in fields.Where(f => !EntityJson.OptionalFields.Contains(f)))
        {
            violations.Add(ConstraintViolation.InQuery("fields",
                $"Unknown field '{field}'.{NameSuggester.DidYouMean(field, EntityJson.OptionalFields)} Supported fields: {string.Join(", ", EntityJson.OptionalFields.Select(f => "+" + f))}."));
        }

        return violations.Count > 0 || selector is null
            ? null
            : new EntitiesListState(EntitiesListState.KeyKind, selector, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), fields, pageSize, 0);
    }

    private static EntitySelector? ParseSelector(string text, List<ConstraintViolation> violations)
    {
        var (selector, diagnostics) = EntitySelector.Parse(text);
        violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, EntitySelector.Parameter));
        return selector;
    }
}
