using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Problems;

/// <summary>The Problems API v2: read, close, comment.</summary>
internal sealed class ProblemsApiModule : ILocalApiModule
{
    private readonly ProblemsQueryHandlers _query;
    private readonly ProblemCommentHandlers _comments;

    public ProblemsApiModule(ProblemsQueryHandlers query, ProblemCommentHandlers comments)
    {
        _query = query ?? throw new ArgumentNullException(nameof(query));
        _comments = comments ?? throw new ArgumentNullException(nameof(comments));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("GET", "problems", LocalScopes.ProblemsRead, _query.ListAsync);
        routes.Map("GET", "problems/{problemId}", LocalScopes.ProblemsRead, _query.GetAsync);
        routes.Map("POST", "problems/{problemId}/close", LocalScopes.ProblemsWrite, _comments.CloseAsync);
        routes.Map("GET", "problems/{problemId}/comments", LocalScopes.ProblemsRead, _comments.ListAsync);
        routes.Map("POST", "problems/{problemId}/comments", LocalScopes.ProblemsWrite, _comments.CreateAsync);
        routes.Map("GET", "problems/{problemId}/comments/{commentId}", LocalScopes.ProblemsRead, _comments.GetAsync);
        routes.Map("PUT", "problems/{problemId}/comments/{commentId}", LocalScopes.ProblemsWrite, _comments.UpdateAsync);
        routes.Map("DELETE", "problems/{problemId}/comments/{commentId}", LocalScopes.ProblemsWrite, _comments.DeleteAsync);
    }
}
