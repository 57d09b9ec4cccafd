using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Entities;

/// <summary><c>/entities</c>: list by selector, get by id.</summary>
public sealed class EntitiesApi
{
    public const string ListTemplate = "/entities";
    public const string EntityTemplate = "/entities/{entityId}";

    private readonly DynatracePipeline _pipeline;

    internal EntitiesApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public IAsyncEnumerable<Entity> ListAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(query.EntitySelector, nameof(query));
        var parameters = new QueryString.Builder()
            .Add("entitySelector", query.EntitySelector)
            .Add("from", query.From)
            .Add("to", query.To)
            .AddList("fields", PlusFields(query.Fields))
            .Add("pageSize", query.PageSize)
            .Build();
        return _pipeline.PagesAsync<EntitiesPage, Entity>(
            DynatraceRequest.Get(ListTemplate, "entities", parameters), [], DynatraceJson.Context.EntitiesPage, cancellationToken);
    }

    /// <returns>Null when there is no such entity (404).</returns>
    public Task<Entity?> GetAsync(string entityId, IReadOnlyList<string>? fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        var query = new QueryString.Builder().AddList("fields", PlusFields(fields)).Build();
        return _pipeline.GetOrNullAsync(
            DynatraceRequest.Get(EntityTemplate, "entities/" + DynatraceRequest.Segment(entityId), query), DynatraceJson.Context.Entity, cancellationToken);
    }

    // The Entities API adds optional fields with a leading '+'.
    private static IReadOnlyList<string>? PlusFields(IReadOnlyList<string>? fields) =>
        fields?.Select(f => f.StartsWith('+') || f.StartsWith('-') ? f : "+" + f).ToList();
}
