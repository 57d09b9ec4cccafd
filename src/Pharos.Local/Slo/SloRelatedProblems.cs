using Pharos.Evaluation.Slo;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Slo;

/// <summary><c>relatedOpenProblems</c> and <c>relatedTotalProblems</c> of an SLO; −1 each when they cannot be fetched.</summary>
internal sealed record SloProblemCounts(int Open, int Total)
{
    public static SloProblemCounts Unavailable { get; } = new(-1, -1);
}

/// <summary>
/// Counts the problems related to an SLO the way its <c>problemFilters</c> say: problems in the evaluated
/// timeframe that affect an entity its <c>filter</c> (an entity selector) selects. An SLO without a filter relates
/// to every problem of the timeframe [DECIDED: Dynatrace documents the fields, not the rule].
/// </summary>
internal sealed class SloRelatedProblems
{
    private readonly EntityResolver _entities;
    private readonly IProblemStore _problems;
    private readonly TimeProvider _time;

    public SloRelatedProblems(EntityResolver entities, IProblemStore problems, TimeProvider time)
    {
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<SloProblemCounts> CountAsync(SloDefinition slo, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slo);
        HashSet<string>? selected = null;
        if (!string.IsNullOrWhiteSpace(slo.Filter))
        {
            var (selector, diagnostics) = EntitySelector.Parse(slo.Filter);
            if (selector is null || diagnostics.Count > 0)
            {
                return SloProblemCounts.Unavailable;
            }

            var entities = await _entities.ResolveAsync(selector, cancellationToken).ConfigureAwait(false);
            selected = new HashSet<string>(entities.Select(e => e.EntityId), StringComparer.Ordinal);
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var problems = await _problems.ListAsync(from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
        var related = problems.Where(p => selected is null || p.Entities.Any(e => selected.Contains(e.Id))).ToList();
        return new SloProblemCounts(related.Count(p => p.IsOpen(now)), related.Count);
    }
}
