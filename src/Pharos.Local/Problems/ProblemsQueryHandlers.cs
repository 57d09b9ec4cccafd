using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Entities;
using Pharos.Local.Events;
using Pharos.Local.Http;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Problems;

/// <summary><c>GET /problems</c> and <c>GET /problems/{problemId}</c>.</summary>
internal sealed class ProblemsQueryHandlers
{
    private readonly IProblemStore _problems;
    private readonly IEventStore _events;
    private readonly TimeProvider _time;
    private readonly MaintenanceWindows _maintenance;

    public ProblemsQueryHandlers(IProblemStore problems, IEventStore events, ISettingsObjectStore settings, TimeProvider time)
    {
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
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
        var problemSelector = ProblemSelector.All;
        if (state?.ProblemSelector is { } problemText)
        {
            var (parsed, diagnostics) = ProblemSelector.Parse(problemText);
            problemSelector = parsed ?? ProblemSelector.All;
            violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, ProblemSelector.Parameter));
        }

        var entitySelector = EntitySelectorParameter.Read(state?.EntitySelector, violations);

        if (state is null || violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var nowMillis = now.ToUnixTimeMilliseconds();

        // Maintenance windows are read only when the answer depends on them.
        var maintenance = problemSelector.UsesMaintenance || state.Fields.Contains("evidenceDetails")
            ? await _maintenance.LoadAsync(cancellationToken).ConfigureAwait(false)
            : MaintenanceSnapshot.None;
        var matched = (await _problems.ListAsync(state.From, state.To, cancellationToken).ConfigureAwait(false))
            .Where(p => problemSelector.Matches(p, nowMillis, maintenance)
                        && (entitySelector is null || p.Entities.Any(e => entitySelector.Matches(EventsQueryHandlers.ToEntity(e)))))
            .ToList();
        matched = Sort(matched, state.Sort, nowMillis);
        var page = matched.Skip(state.Offset).Take(state.PageSize).ToList();
        var items = new List<JsonNode>();
        foreach (var problem in page)
        {
            items.Add(await RenderAsync(problem, nowMillis, state.Fields, maintenance, cancellationToken).ConfigureAwait(false));
        }

        var next = state.Offset + page.Count;
        var json = new JsonObject
        {
            ["totalCount"] = matched.Count,
            ["pageSize"] = state.PageSize,
            ["nextPageKey"] = page.Count > 0 && next < matched.Count ? PageKeys.Encode(state with { Offset = next }) : null,
            ["problems"] = new JsonArray(items.ToArray()),
            ["warnings"] = new JsonArray(),
        };
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var problemId = (string)context.Request.RouteValues["problemId"]!;
        var problem = await _problems.GetAsync(problemId, cancellationToken).ConfigureAwait(false);
        if (problem is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, ProblemMessages.NotFound(problemId), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var maintenance = await _maintenance.LoadAsync(cancellationToken).ConfigureAwait(false);
        var json = await RenderAsync(problem, _time.GetUtcNow().ToUnixTimeMilliseconds(), ProblemJson.OptionalFields, maintenance, cancellationToken).ConfigureAwait(false);
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonObject> RenderAsync(
        StoredProblem problem, long nowMillis, IReadOnlyCollection<string> fields, MaintenanceSnapshot maintenance, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredEvent> events = fields.Contains("evidenceDetails")
            ? await _events.ListByProblemAsync(problem.ProblemId, cancellationToken).ConfigureAwait(false)
            : [];
        IReadOnlyList<StoredComment> comments = fields.Contains("recentComments")
            ? await _problems.ListCommentsAsync(problem.ProblemId, cancellationToken).ConfigureAwait(false)
            : [];
        return ProblemJson.Render(problem, nowMillis, fields, events, comments, maintenance);
    }

    private static List<StoredProblem> Sort(List<StoredProblem> problems, string sort, long nowMillis) => sort switch
    {
        "+startTime" => problems.OrderBy(p => p.StartMillis).ToList(),
        "-status" => problems.OrderBy(p => p.IsOpen(nowMillis) ? 1 : 0).ThenByDescending(p => p.StartMillis).ToList(),
        "+status" => problems.OrderBy(p => p.IsOpen(nowMillis) ? 0 : 1).ThenByDescending(p => p.StartMillis).ToList(),
        _ => problems.OrderByDescending(p => p.StartMillis).ToList(),
    };

    private static ProblemsListState? ReadState(HttpRequest request, DateTimeOffset now, List<ConstraintViolation> violations)
    {
        var fields = ReadFields(request, violations);
        // Problems allow fields next to nextPageKey.
        if (PageKeys.TryReadNextPage<ProblemsListState>(request, s => s.IsValid, violations, out var page, "fields"))
        {
            return page is null || QueryParameters.Get(request, "fields") is null ? page : page with { Fields = fields };
        }

        var from = Timeframe.Read(request, "from", now, now.AddHours(-2), violations);
        var to = Timeframe.Read(request, "to", now, now, violations);
        var pageSize = QueryParameters.GetInt(request, "pageSize", ProblemsListState.DefaultPageSize, 1, ProblemsListState.MaxPageSize, violations);
        var sort = QueryParameters.Get(request, "sort") ?? "-startTime";
        if (!ProblemsListState.Sorts.Contains(sort))
        {
            violations.Add(ConstraintViolation.InQuery("sort", $"'{sort}' is not a supported sort. Use one of: {string.Join(", ", ProblemsListState.Sorts)}."));
        }

        return violations.Count > 0
            ? null
            : new ProblemsListState(ProblemsListState.KeyKind, QueryParameters.Get(request, "problemSelector"), QueryParameters.Get(request, "entitySelector"),
                from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), fields, sort, pageSize, 0);
    }

    private static List<string> ReadFields(HttpRequest request, List<ConstraintViolation> violations)
    {
        var fields = QueryParameters.GetList(request, "fields").Select(f => f.TrimStart('+')).Distinct().ToList();
        foreach (var field in fields.Where(f => !ProblemJson.OptionalFields.Contains(f)))
        {
            violations.Add(ConstraintViolation.InQuery("fields",
                $"Unknown field '{field}'.{NameSuggester.DidYouMean(field, ProblemJson.OptionalFields)} Supported fields: {string.Join(", ", ProblemJson.OptionalFields)}."));
        }

        return fields.Where(ProblemJson.OptionalFields.Contains).ToList();
    }
}
