using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage;

/// <summary>
/// A predicate over a series' dimensions, built from the documented <c>:filter</c> conditions so another
/// store implementation can translate it instead of calling it. A series without the dimension never
/// matches <c>eq</c>, <c>prefix</c>, <c>suffix</c>, <c>contains</c> or <c>in</c>, and always matches <c>ne</c>.
/// </summary>
public abstract class DimensionFilter
{
    private DimensionFilter()
    {
    }

    public static DimensionFilter All { get; } = new Constant(true);

    public static DimensionFilter None { get; } = new Constant(false);

    public abstract bool Matches(DimensionSet dimensions);

    public static DimensionFilter Equal(string key, string value) => new ValueTest(key, v => string.Equals(v, value, StringComparison.Ordinal), absent: false);

    public static DimensionFilter NotEqual(string key, string value) => new ValueTest(key, v => !string.Equals(v, value, StringComparison.Ordinal), absent: true);

    public static DimensionFilter Prefix(string key, string prefix) => new ValueTest(key, v => v.StartsWith(prefix, StringComparison.Ordinal), absent: false);

    public static DimensionFilter Suffix(string key, string suffix) => new ValueTest(key, v => v.EndsWith(suffix, StringComparison.Ordinal), absent: false);

    public static DimensionFilter Contains(string key, string part) => new ValueTest(key, v => v.Contains(part, StringComparison.Ordinal), absent: false);

    public static DimensionFilter ExistsKey(string key) => new ValueTest(key, _ => true, absent: false);

    public static DimensionFilter In(string key, IReadOnlySet<string> values) => new ValueTest(key, values.Contains, absent: false);

    /// <summary>Matches series whose value of any <c>dt.entity.*</c> dimension is in <paramref name="entityIds"/>.</summary>
    public static DimensionFilter AnyEntityIn(IReadOnlySet<string> entityIds) => new EntityTest(entityIds);

    public static DimensionFilter And(IReadOnlyList<DimensionFilter> filters) => filters.Count == 1 ? filters[0] : new Combination(filters, all: true);

    public static DimensionFilter Or(IReadOnlyList<DimensionFilter> filters) => filters.Count == 1 ? filters[0] : new Combination(filters, all: false);

    public static DimensionFilter Not(DimensionFilter filter) => new Negation(filter);

    private sealed class Constant(bool result) : DimensionFilter
    {
        public override bool Matches(DimensionSet dimensions) => result;
    }

    private sealed class ValueTest(string key, Func<string, bool> test, bool absent) : DimensionFilter
    {
        public override bool Matches(DimensionSet dimensions) => dimensions.GetValue(key) is { } value ? test(value) : absent;
    }

    private sealed class EntityTest(IReadOnlySet<string> entityIds) : DimensionFilter
    {
        public override bool Matches(DimensionSet dimensions)
        {
            foreach (var dimension in dimensions.AsSpan())
            {
                if (dimension.Key.StartsWith("dt.entity.", StringComparison.Ordinal) && entityIds.Contains(dimension.Value))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Combination(IReadOnlyList<DimensionFilter> filters, bool all) : DimensionFilter
    {
        public override bool Matches(DimensionSet dimensions)
        {
            foreach (var filter in filters)
            {
                if (filter.Matches(dimensions) != all)
                {
                    return !all;
                }
            }

            return all;
        }
    }

    private sealed class Negation(DimensionFilter inner) : DimensionFilter
    {
        public override bool Matches(DimensionSet dimensions) => !inner.Matches(dimensions);
    }
}
