using System.Text.Json;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Problems;

/// <summary><c>/problems</c>: list, get, close, and comments.</summary>
public sealed class ProblemsApi
{
    public const string ListTemplate = "/problems";
    public const string ProblemTemplate = "/problems/{problemId}";
    public const string CloseTemplate = "/problems/{problemId}/close";
    public const string CommentsTemplate = "/problems/{problemId}/comments";

    // The API's largest comment page: one request for all but the busiest problems.
    private const int CommentPageSize = 500;

    private readonly DynatracePipeline _pipeline;

    internal ProblemsApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public IAsyncEnumerable<Problem> ListAsync(ProblemQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = new QueryString.Builder().AddList("fields", query.Fields).Build();
        var parameters = new QueryString.Builder()
            .Add("problemSelector", query.ProblemSelector)
            .Add("entitySelector", query.EntitySelector)
            .Add("from", query.From)
            .Add("to", query.To)
            .Add("sort", query.Sort)
            .Add("pageSize", query.PageSize)
            .Build();
        return _pipeline.PagesAsync<ProblemsPage, Problem>(
            DynatraceRequest.Get(ListTemplate, "problems", [.. parameters, .. fields]), fields, DynatraceJson.Context.ProblemsPage, cancellationToken);
    }

    /// <returns>Null when there is no such problem (404).</returns>
    public Task<Problem?> GetAsync(string problemId, IReadOnlyList<string>? fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        var query = new QueryString.Builder().AddList("fields", fields).Build();
        return _pipeline.GetOrNullAsync(
            DynatraceRequest.Get(ProblemTemplate, ProblemPath(problemId), query), DynatraceJson.Context.Problem, cancellationToken);
    }

    /// <summary>
    /// Closes a problem with a comment. Returns null when it was closed already (the API's 204:
    /// "the request hasn't been executed"), which also makes a retry after an unknown outcome harmless.
    /// </summary>
    public async Task<ProblemCloseResult?> CloseAsync(string problemId, string message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        ArgumentException.ThrowIfNullOrEmpty(message);
        var request = new DynatraceRequest(HttpMethod.Post, CloseTemplate, ProblemPath(problemId) + "/close")
        {
            Body = new RequestBody(
                JsonSerializer.SerializeToUtf8Bytes(new ProblemCloseRequest(message), DynatraceJson.Context.ProblemCloseRequest),
                "application/json; charset=utf-8"),
            Safety = RequestSafety.Repeatable,
            IsWrite = true,
        };
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == 204 || response.Body.Length == 0
            ? null
            : _pipeline.Read(request, response, DynatraceJson.Context.ProblemCloseResult);
    }

    /// <summary>Every comment on a problem, oldest page first as the API returns them (<c>problems.read</c>).</summary>
    public IAsyncEnumerable<ProblemComment> ListCommentsAsync(string problemId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        var query = new QueryString.Builder().Add("pageSize", CommentPageSize).Build();
        return _pipeline.PagesAsync<ProblemCommentList, ProblemComment>(
            DynatraceRequest.Get(CommentsTemplate, ProblemPath(problemId) + "/comments", query), [], DynatraceJson.Context.ProblemCommentList, cancellationToken);
    }

    /// <summary>
    /// Adds a comment (<c>problems.write</c>; the API answers 201 with the comment). Not repeatable: a
    /// retry after an unknown outcome could post it twice, so callers that must not duplicate a
    /// comment list the comments first (see <c>pharos trace problem --comment</c>).
    /// </summary>
    /// <param name="context">Where the comment comes from, shown by Dynatrace beside it (e.g. <c>pharos</c>).</param>
    public async Task<ProblemComment> AddCommentAsync(string problemId, string message, string? context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        ArgumentException.ThrowIfNullOrEmpty(message);
        var request = new DynatraceRequest(HttpMethod.Post, CommentsTemplate, ProblemPath(problemId) + "/comments")
        {
            Body = new RequestBody(CommentBody(message, context), "application/json; charset=utf-8"),
            Safety = RequestSafety.NotRepeatable,
            IsWrite = true,
        };
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return _pipeline.Read(request, response, DynatraceJson.Context.ProblemComment);
    }

    /// <summary><c>ProblemCommentRequestDtoImpl</c>: message, and context only when given.</summary>
    private static byte[] CommentBody(string message, string? context)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("message", message);
            if (context is not null)
            {
                w.WriteString("context", context);
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string ProblemPath(string problemId) => "problems/" + DynatraceRequest.Segment(problemId);
}
