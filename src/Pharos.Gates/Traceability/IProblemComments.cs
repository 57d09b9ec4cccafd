namespace Pharos.Gates.Traceability;

/// <summary>
/// The comments of a problem (<c>/api/v2/problems/{id}/comments</c>). Implementations throw
/// <see cref="Data.GateDataException"/> when the environment cannot answer.
/// </summary>
public interface IProblemComments
{
    /// <summary>The content of every comment on the problem.</summary>
    Task<IReadOnlyList<string>> ListAsync(string problemId, CancellationToken cancellationToken);

    /// <returns>The new comment's id, when the environment returns one.</returns>
    Task<string?> AddAsync(string problemId, string message, string context, CancellationToken cancellationToken);
}
