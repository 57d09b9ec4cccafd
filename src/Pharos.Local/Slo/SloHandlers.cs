using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Evaluation.Slo;
using Pharos.Local.Http;

namespace Pharos.Local.Slo;

/// <summary><c>GET /slo</c> and <c>GET /slo/{id}</c>: the SLO settings objects, evaluated at the server's now.</summary>
internal sealed class SloHandlers
{
    private readonly LocalSloDefinitions _definitions;
    private readonly SloEvaluationService _evaluation;
    private readonly SloRelatedProblems _related;

    public SloHandlers(LocalSloDefinitions definitions, SloEvaluationService evaluation, SloRelatedProblems related)
    {
        _definitions = definitions ?? throw new ArgumentNullException(nameof(definitions));
        _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        _related = related ?? throw new ArgumentNullException(nameof(related));
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var violations = new List<ConstraintViolation>();
        var state = SloListRequest.Read(context.Request, _evaluation.Now, violations);
        var selector = SloSelector.All;
        if (state?.SloSelector is { } selectorText)
        {
            var (parsed, diagnostics) = SloSelector.Parse(selectorText);
            selector = parsed ?? SloSelector.All;
            violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, SloSelector.Parameter));
        }

        if (state is null || violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The local environment has no demo SLOs: demo=true answers an empty list.
        var all = state.Demo ? [] : await _definitions.ListAsync(cancellationToken).ConfigureAwait(false);
        var candidates = all
            .Where(s => state.EnabledSlos == "all" || s.Enabled == (state.EnabledSlos == "true"))
            .Where(selector.MatchesDefinition);
        candidates = state.Sort == "-name"
            ? candidates.OrderByDescending(s => s.Name, StringComparer.OrdinalIgnoreCase)
            : candidates.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase);

        var from = DateTimeOffset.FromUnixTimeMilliseconds(state.From);
        var to = DateTimeOffset.FromUnixTimeMilliseconds(state.To);
        var matched = new List<(SloDefinition Slo, SloEvaluation? Evaluation)>();
        foreach (var slo in candidates)
        {
            if (!selector.NeedsEvaluation)
            {
                matched.Add((slo, null));
                continue;
            }

            var evaluation = await _evaluation.EvaluateAsync(slo, state.Mode, from, to, cancellationToken).ConfigureAwait(false);
            if (selector.MatchesHealth(evaluation))
            {
                matched.Add((slo, evaluation));
            }
        }

        var page = matched.Skip(state.Offset).Take(state.PageSize).ToList();
        var items = new List<JsonNode>();
        foreach (var (slo, known) in page)
        {
            var evaluation = state.Evaluate
                ? known ?? await _evaluation.EvaluateAsync(slo, state.Mode, from, to, cancellationToken).ConfigureAwait(false)
                : null;
            items.Add(await RenderAsync(slo, evaluation, cancellationToken).ConfigureAwait(false));
        }

        var next = state.Offset + page.Count;
        var json = new JsonObject
        {
            ["slo"] = new JsonArray(items.ToArray()),
            ["totalCount"] = matched.Count,
            ["pageSize"] = state.PageSize,
            ["nextPageKey"] = page.Count > 0 && next < matched.Count ? PageKeys.Encode(state with { Offset = next }) : null,
        };
        await ApiJson.WriteAsync(context, StatusCodes.Status200OK, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var id = (string)context.Request.RouteValues["id"]!;
        var violations = new List<ConstraintViolation>();
        var window = SloListRequest.ReadWindow(context.Request, _evaluation.Now, violations);
        if (violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _definitions.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } slo)
        {
            await ApiJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, SloMessages.NotFound(id), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var evaluation = await _evaluation.EvaluateAsync(slo, window.Mode, window.From, window.To, cancellationToken).ConfigureAwait(false);
        await ApiJson.WriteAsync(context, StatusCodes.Status200OK, await RenderAsync(slo, evaluation, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    // Related problems are those of the evaluated timeframe, so they are counted only for an evaluated SLO.
    private async Task<JsonObject> RenderAsync(SloDefinition slo, SloEvaluation? evaluation, CancellationToken cancellationToken)
    {
        var related = evaluation is null ? null : await _related.CountAsync(slo, evaluation.From, evaluation.To, cancellationToken).ConfigureAwait(false);
        return SloJson.Render(slo, evaluation, related);
    }
}
