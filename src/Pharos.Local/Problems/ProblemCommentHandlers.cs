using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Auth;
using Pharos.Local.Evaluation;
using Pharos.Local.Events;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Problems;

/// <summary>Closing a problem and its comments: <c>/problems/{id}/close</c> and <c>/problems/{id}/comments[/{commentId}]</c>.</summary>
internal sealed class ProblemCommentHandlers
{
    public const int RecentComments = 10;
    private const int MaxCommentPageSize = 500;

    private readonly IProblemStore _problems;
    private readonly IEventStore _events;
    private readonly TimeProvider _time;
    private readonly LocalEnvironmentOptions _options;
    private readonly LocalEvaluationCoordinator _evaluation;

    public ProblemCommentHandlers(IProblemStore problems, IEventStore events, TimeProvider time, LocalEnvironmentOptions options, LocalEvaluationCoordinator evaluation)
    {
        _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task CloseAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var problemId = Route(context, "problemId");
        var message = await ReadMessageAsync(context).ConfigureAwait(false);
        if (message is null)
        {
            return;
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var comment = new StoredComment(EventIds.NewCommentId(), problemId, now, context.GetLocalCaller().TokenId, message.Value.Message, message.Value.Context);
        var status = await _problems.CloseAsync(problemId, now, comment, cancellationToken).ConfigureAwait(false);
        switch (status)
        {
            case StoreStatus.Ok:
                await _events.CloseByProblemAsync(problemId, now, cancellationToken).ConfigureAwait(false);

                // All of the problem's events close with it in the tracker too (RESOLVED notifications follow).
                await _evaluation.CloseProblemAsync(problemId, DateTimeOffset.FromUnixTimeMilliseconds(now), cancellationToken).ConfigureAwait(false);
                var json = new JsonObject { ["problemId"] = problemId, ["closing"] = true, ["closeTimestamp"] = now, ["comment"] = ProblemJson.Comment(comment) };
                await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
                break;
            case StoreStatus.Conflict:
                context.Response.StatusCode = StatusCodes.Status204NoContent; // closed already; nothing was executed
                break;
            default:
                await ApiJson.WriteErrorAsync(context, 404, ProblemMessages.NotFound(problemId), null, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var problemId = Route(context, "problemId");
        var violations = new List<ConstraintViolation>();
        var offset = 0;
        var pageSize = RecentComments;
        var key = QueryParameters.Get(context.Request, "nextPageKey");
        if (key is not null)
        {
            var decoded = PageKeys.TryDecode<CommentsPageState>(key);
            if (QueryParameters.CheckNextPageKeyAlone(context.Request) is { } alone)
            {
                violations.Add(alone);
            }
            else if (decoded is null || decoded.ProblemId != problemId || decoded.PageSize is < 1 or > MaxCommentPageSize || decoded.Offset < 0)
            {
                violations.Add(ConstraintViolation.InQuery("nextPageKey", ApiMessages.NextPageKeyInvalid));
            }
            else
            {
                (offset, pageSize) = (decoded.Offset, decoded.PageSize);
            }
        }
        else
        {
            pageSize = QueryParameters.GetInt(context.Request, "pageSize", RecentComments, 1, MaxCommentPageSize, violations);
        }

        if (violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _problems.GetAsync(problemId, cancellationToken).ConfigureAwait(false) is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, ProblemMessages.NotFound(problemId), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var comments = await _problems.ListCommentsAsync(problemId, cancellationToken).ConfigureAwait(false);
        var page = comments.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count;
        var nextKey = page.Count > 0 && next < comments.Count ? PageKeys.Encode(new CommentsPageState(problemId, pageSize, next)) : null;
        await ApiJson.WriteAsync(context, 200, ProblemJson.CommentList(page, comments.Count, pageSize, nextKey), cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var problemId = Route(context, "problemId");
        var message = await ReadMessageAsync(context).ConfigureAwait(false);
        if (message is null)
        {
            return;
        }

        var comment = new StoredComment(
            EventIds.NewCommentId(), problemId, _time.GetUtcNow().ToUnixTimeMilliseconds(), context.GetLocalCaller().TokenId, message.Value.Message, message.Value.Context);
        if (await _problems.AddCommentAsync(comment, cancellationToken).ConfigureAwait(false) != StoreStatus.Ok)
        {
            await ApiJson.WriteErrorAsync(context, 404, ProblemMessages.NotFound(problemId), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ApiJson.WriteAsync(context, StatusCodes.Status201Created, ProblemJson.Comment(comment), cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var comment = await FindAsync(context).ConfigureAwait(false);
        if (comment is not null)
        {
            await ApiJson.WriteAsync(context, 200, ProblemJson.Comment(comment), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task UpdateAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var message = await ReadMessageAsync(context).ConfigureAwait(false);
        if (message is null)
        {
            return;
        }

        var status = await _problems.UpdateCommentAsync(Route(context, "problemId"), Route(context, "commentId"), message.Value.Message, message.Value.Context, cancellationToken)
            .ConfigureAwait(false);
        await RespondNoContentAsync(context, status).ConfigureAwait(false);
    }

    public async Task DeleteAsync(HttpContext context)
    {
        var status = await _problems.DeleteCommentAsync(Route(context, "problemId"), Route(context, "commentId"), context.RequestAborted).ConfigureAwait(false);
        await RespondNoContentAsync(context, status).ConfigureAwait(false);
    }

    private async Task<StoredComment?> FindAsync(HttpContext context)
    {
        var commentId = Route(context, "commentId");
        var comments = await _problems.ListCommentsAsync(Route(context, "problemId"), context.RequestAborted).ConfigureAwait(false);
        var comment = comments.FirstOrDefault(c => c.CommentId == commentId);
        if (comment is null)
        {
            await ApiJson.WriteErrorAsync(context, 404, ProblemMessages.CommentNotFound(commentId), null, context.RequestAborted).ConfigureAwait(false);
        }

        return comment;
    }

    private static Task RespondNoContentAsync(HttpContext context, StoreStatus status)
    {
        if (status == StoreStatus.Ok)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        return ApiJson.WriteErrorAsync(context, 404, ProblemMessages.CommentNotFound(Route(context, "commentId")), null, context.RequestAborted);
    }

    private async Task<(string Message, string? Context)?> ReadMessageAsync(HttpContext context)
    {
        var body = await JsonBody.ReadAsync(context, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (!body.IsOk)
        {
            await body.WriteErrorAsync(context, context.RequestAborted).ConfigureAwait(false);
            return null;
        }

        var root = body.Root;
        var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var commentContext = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (string.IsNullOrWhiteSpace(message))
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, [ConstraintViolation.InBody("message", ProblemMessages.MessageRequired)], context.RequestAborted)
                .ConfigureAwait(false);
            return null;
        }

        return (message, commentContext);
    }

    private static string Route(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;

    private sealed record CommentsPageState(string ProblemId, int PageSize, int Offset);
}
