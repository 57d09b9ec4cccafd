using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Slos;

/// <summary><c>/slo</c>: list and get.</summary>
public sealed class SloApi
{
    public const string ListTemplate = "/slo";
    public const string SloTemplate = "/slo/{id}";

    private readonly DynatracePipeline _pipeline;

    internal SloApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public IAsyncEnumerable<Slo> ListAsync(SloQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new QueryString.Builder()
            .Add("sloSelector", query.SloSelector)
            .Add("from", query.From)
            .Add("to", query.To)
            .Add("timeFrame", query.TimeFrame)
            .Add("evaluate", query.Evaluate)
            .Add("enabledSlos", query.EnabledSlos)
            .Add("sort", query.Sort)
            .Add("pageSize", query.PageSize)
            .Build();
        return _pipeline.PagesAsync<SlosPage, Slo>(
            DynatraceRequest.Get(ListTemplate, "slo", parameters), [], DynatraceJson.Context.SlosPage, cancellationToken);
    }

    /// <param name="timeFrame"><c>CURRENT</c> or <c>GTF</c> (use from/to); null for the API default.</param>
    /// <returns>Null when there is no such SLO (404).</returns>
    public Task<Slo?> GetAsync(string sloId, string? from, string? to, string? timeFrame, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sloId);
        var query = new QueryString.Builder().Add("from", from).Add("to", to).Add("timeFrame", timeFrame).Build();
        return _pipeline.GetOrNullAsync(
            DynatraceRequest.Get(SloTemplate, "slo/" + DynatraceRequest.Segment(sloId), query), DynatraceJson.Context.Slo, cancellationToken);
    }
}
