using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    private const string EntityKeyPrefix = "dt.entity.";

    /// <summary>
    /// <c>:parents</c>: after each entity dimension whose type has a parent (per <see cref="IEntityParentResolver"/>),
    /// adds the parent's dimension, e.g. <c>dt.entity.host</c> after <c>dt.entity.process_group_instance</c>. An entity
    /// without a registered parent gets a null parent value; a series that already has the parent dimension keeps it.
    /// When no entity dimension of the result has a parent relationship the query fails rather than answering
    /// without the dimension the caller asked for.
    /// </summary>
    private async ValueTask<SeriesSet?> ParentsAsync(SeriesSet set, TransformationSyntax t)
    {
        if (_context.Parents is not { } resolver)
        {
            return Unsupported(t, "this query engine has no entity registry to find parents in.");
        }

        if (set.Series.Count == 0)
        {
            return set;
        }

        var entityKeys = set.Series.SelectMany(s => s.Key.Entries).Where(e => IsEntityKey(e.Key)).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
        var parentKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in entityKeys)
        {
            if (resolver.ParentTypes.TryGetValue(key[EntityKeyPrefix.Length..].ToUpperInvariant(), out var parentType))
            {
                parentKeys[key] = EntityKeyPrefix + parentType.ToLowerInvariant();
            }
        }

        if (parentKeys.Count == 0)
        {
            var known = resolver.ParentTypes.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{EntityKeyPrefix}{p.Key.ToLowerInvariant()} (parent {EntityKeyPrefix}{p.Value.ToLowerInvariant()})");
            _context.Report(_context.Diagnostics.NoParentRelationship(t.Span, entityKeys, known));
            return null;
        }

        var ids = set.Series.SelectMany(s => s.Key.Entries)
            .Where(e => e.Value is not null && parentKeys.ContainsKey(e.Key))
            .Select(e => e.Value!)
            .ToHashSet(StringComparer.Ordinal);
        var parents = await resolver.GetParentsAsync(ids, _context.CancellationToken).ConfigureAwait(false);
        foreach (var series in set.Series)
        {
            var entries = new List<KeyEntry>(series.Key.Entries.Count + parentKeys.Count);
            foreach (var entry in series.Key.Entries)
            {
                entries.Add(entry);
                if (parentKeys.TryGetValue(entry.Key, out var parentKey) && !series.Key.TryGet(parentKey, out _) && !entries.Exists(e => e.Key == parentKey))
                {
                    entries.Add(new KeyEntry(parentKey, entry.Value is null ? null : parents.GetValueOrDefault(entry.Value)));
                }
            }

            series.Key = series.Key.With([.. entries]);
        }

        return set;
    }
}
