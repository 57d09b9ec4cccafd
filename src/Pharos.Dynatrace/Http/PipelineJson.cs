using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Http;

/// <summary>JSON reads over the pipeline: typed answers, 404-as-null, and pagination.</summary>
internal static class PipelineJson
{
    private static readonly IReadOnlySet<int> NotFoundHandled = new HashSet<int> { 404 };

    public static async Task<T> SendForJsonAsync<T>(this DynatracePipeline pipeline, DynatraceRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return pipeline.Read(request, response, type);
    }

    /// <summary>GET by id: null when the API answers 404.</summary>
    public static async Task<T?> GetOrNullAsync<T>(this DynatracePipeline pipeline, DynatraceRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var response = await pipeline.SendOrNotFoundAsync(request, cancellationToken).ConfigureAwait(false);
        return response is null ? null : pipeline.Read(request, response, type);
    }

    /// <summary>The answer, or null when the API answers 404.</summary>
    public static async Task<DynatraceResponse?> SendOrNotFoundAsync(this DynatracePipeline pipeline, DynatraceRequest request, CancellationToken cancellationToken)
    {
        var response = await pipeline.SendAsync(request with { HandledStatuses = NotFoundHandled }, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == 404 ? null : response;
    }

    public static T Read<T>(this DynatracePipeline pipeline, DynatraceRequest request, DynatraceResponse response, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type)
                ?? throw pipeline.InvalidResponse(request, response, $"The body was empty or null where a {type.Type.Name} was expected.", null);
        }
        catch (JsonException ex)
        {
            throw pipeline.InvalidResponse(request, response, $"The body is not a valid {type.Type.Name}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Follows <c>nextPageKey</c>: the first request carries the query; every later one carries
    /// <c>nextPageKey</c> alone (plus <paramref name="carried"/>, which only Problems allows: fields).
    /// A key the server repeats is an error, not an endless loop.
    /// </summary>
    public static async IAsyncEnumerable<TItem> PagesAsync<TPage, TItem>(
        this DynatracePipeline pipeline,
        DynatraceRequest first,
        IReadOnlyList<KeyValuePair<string, string>> carried,
        JsonTypeInfo<TPage> type,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TPage : IPage<TItem>
    {
        var request = first;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var page = pipeline.Read(request, response, type);
            foreach (var item in page.PageItems)
            {
                yield return item;
            }

            if (string.IsNullOrEmpty(page.NextPageKey))
            {
                yield break;
            }

            if (!seen.Add(page.NextPageKey))
            {
                throw pipeline.InvalidResponse(request, response, "The API returned a nextPageKey it had returned before; stopping instead of looping.", null);
            }

            request = first with { Query = [KeyValuePair.Create("nextPageKey", page.NextPageKey), .. carried] };
        }
    }
}
