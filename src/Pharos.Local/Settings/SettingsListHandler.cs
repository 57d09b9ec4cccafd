using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Http;
using Pharos.Local.Settings.Filter;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// <c>GET /settings/objects</c>: select by <c>schemaIds</c>, <c>scopes</c>, <c>externalIds</c>; narrow with a
/// <c>filter</c> expression and order with <c>sort</c> (see <see cref="SettingsFilterParser"/>); pick <c>fields</c>;
/// pages of <c>pageSize</c> (default 100, max 500) walked with a <c>nextPageKey</c> that must come alone.
/// </summary>
internal sealed class SettingsListHandler
{
    private readonly ISettingsSchemaProvider _schemas;
    private readonly ISettingsObjectStore _store;

    public SettingsListHandler(ISettingsSchemaProvider schemas, ISettingsObjectStore store)
    {
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var violations = new List<ConstraintViolation>();
        var state = ReadState(context.Request, violations);
        if (state is null)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var unknown = state.SchemaIds.FirstOrDefault(id => _schemas.FindSchema(id) is null);
        if (unknown is not null)
        {
            await ApiJson.WriteErrorAsync(context, 404, SettingsMessages.SchemaNotFound(unknown), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var filter = new SettingsObjectFilter(state.SchemaIds, state.Scopes, state.ExternalIds);
        var query = SettingsListQuery.Parse(state.Filter, state.Sort, state.Fields).Query!;
        var (items, total) = query.IsEmpty
            ? await _store.QueryAsync(filter, state.Offset, state.PageSize, cancellationToken).ConfigureAwait(false)
            : await QueryInMemoryAsync(filter, query, state, cancellationToken).ConfigureAwait(false);
        var nextOffset = state.Offset + items.Count;
        var json = new JsonObject
        {
            ["items"] = new JsonArray(items.Select(o => (JsonNode)SettingsObjectJson.Render(o, state.Fields, IsOrdered(o.SchemaId))).ToArray()),
            ["totalCount"] = total,
            ["pageSize"] = state.PageSize,
            ["nextPageKey"] = items.Count > 0 && nextOffset < total ? PageKeys.Encode(state with { Offset = nextOffset }) : null,
        };
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    // Filter and sort work on the JSON value, which the store does not index: read every object the
    // schema/scope/externalId selection matches (a local environment holds thousands, not millions) and page here.
    private async Task<(IReadOnlyList<StoredSettingsObject> Items, int TotalCount)> QueryInMemoryAsync(
        SettingsObjectFilter filter, SettingsListQuery query, SettingsListState state, CancellationToken cancellationToken)
    {
        var (all, _) = await _store.QueryAsync(filter, 0, int.MaxValue, cancellationToken).ConfigureAwait(false);
        var matched = query.Apply(all);
        return (matched.Skip(state.Offset).Take(state.PageSize).ToList(), matched.Count);
    }

    private bool IsOrdered(string schemaId) => _schemas.FindSchema(schemaId)?.Ordered ?? false;

    private static SettingsListState? ReadState(HttpRequest request, List<ConstraintViolation> violations)
    {
        if (PageKeys.TryReadNextPage<SettingsListState>(request, s => s.IsValid, violations, out var page))
        {
            return page;
        }

        var schemaIds = QueryParameters.GetList(request, "schemaIds");
        var scopes = QueryParameters.GetList(request, "scopes");
        var externalIds = QueryParameters.GetList(request, "externalIds");
        var fields = QueryParameters.Get(request, "fields") is null
            ? SettingsObjectJson.DefaultListFields.Split(',')
            : QueryParameters.GetList(request, "fields");
        var pageSize = QueryParameters.GetInt(request, "pageSize", SettingsListState.DefaultPageSize, 1, SettingsListState.MaxPageSize, violations);
        _ = QueryParameters.GetBool(request, "adminAccess", false, violations);

        if (schemaIds.Count == 0 && scopes.Count == 0)
        {
            violations.Add(ConstraintViolation.InQuery("schemaIds", SettingsMessages.EitherSchemaIdsOrScopes));
        }

        foreach (var field in fields.Where(f => !SettingsObjectJson.ListFields.Contains(f)))
        {
            violations.Add(ConstraintViolation.InQuery("fields",
                $"Unknown field '{field}'.{NameSuggester.DidYouMean(field, SettingsObjectJson.ListFields)} Supported fields: {string.Join(", ", SettingsObjectJson.ListFields)}."));
        }

        foreach (var externalId in externalIds.Where(e => e.Length > SettingsCreateItem.MaxExternalIdLength))
        {
            violations.Add(ConstraintViolation.InQuery("externalIds", $"External id '{externalId[..20]}…' is longer than {SettingsCreateItem.MaxExternalIdLength} characters."));
        }

        var filter = QueryParameters.Get(request, "filter");
        var sort = QueryParameters.Get(request, "sort");
        var distinctFields = fields.Distinct().ToList();
        var (_, diagnostics) = SettingsListQuery.Parse(filter, sort, distinctFields);
        violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, "filter"));

        return violations.Count > 0
            ? null
            : new SettingsListState(SettingsListState.KeyKind, schemaIds, scopes, externalIds, distinctFields, pageSize, 0, filter, sort);
    }
}
