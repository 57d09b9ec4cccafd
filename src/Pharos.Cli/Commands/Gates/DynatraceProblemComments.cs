using Pharos.Dynatrace;
using Pharos.Dynatrace.Errors;
using Pharos.Gates.Data;
using Pharos.Gates.Traceability;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// <see cref="IProblemComments"/> over the Dynatrace client. A client failure becomes a
/// <see cref="GateDataException"/> with the client's message, which names the request, the status
/// and the fix and never holds the token.
/// </summary>
internal sealed class DynatraceProblemComments(DynatraceClient client) : IProblemComments
{
    public async Task<IReadOnlyList<string>> ListAsync(string problemId, CancellationToken cancellationToken)
    {
        try
        {
            var contents = new List<string>();
            await foreach (var comment in client.Problems.ListCommentsAsync(problemId, cancellationToken).ConfigureAwait(false))
            {
                contents.Add(comment.Content ?? "");
            }

            return contents;
        }
        catch (DynatraceApiException e)
        {
            throw new GateDataException(e.Message, e);
        }
    }

    public async Task<string?> AddAsync(string problemId, string message, string context, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.Problems.AddCommentAsync(problemId, message, context, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (DynatraceApiException e)
        {
            throw new GateDataException(e.Message, e);
        }
    }
}
