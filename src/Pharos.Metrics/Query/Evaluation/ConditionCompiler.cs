using System.Globalization;
using Pharos.Metrics.Selectors.Syntax;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// Turns <c>:filter</c> conditions into predicates. Conditions that only test dimensions also convert to
/// a <see cref="DimensionFilter"/> for the store, with the same meaning, so a filter right after a key is
/// applied while reading. The parser has already checked the argument shapes.
/// </summary>
internal static class ConditionCompiler
{
    public delegate bool SeriesPredicate(SeriesData series, SeriesSet set);

    /// <summary>The store-side form of the conditions, or null when one of them needs series values.</summary>
    public static DimensionFilter? TryToDimensionFilter(IReadOnlyList<ArgumentSyntax> conditions, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets)
    {
        var filters = new List<DimensionFilter>(conditions.Count);
        foreach (var condition in conditions)
        {
            if (ToDimensionFilter(condition, entitySets) is not { } filter)
            {
                return null;
            }

            filters.Add(filter);
        }

        return DimensionFilter.And(filters);
    }

    public static SeriesPredicate Compile(IReadOnlyList<ArgumentSyntax> conditions, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets)
    {
        var compiled = conditions.Select(c => Compile(c, entitySets)).ToArray();
        return (series, set) => compiled.All(p => p(series, set));
    }

    private static SeriesPredicate Compile(ArgumentSyntax condition, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets)
    {
        if (condition is not CallArgumentSyntax call)
        {
            return (_, _) => false;
        }

        var args = call.Arguments;
        switch (call.Name)
        {
            case "and":
            {
                var parts = args.Select(a => Compile(a, entitySets)).ToArray();
                return (s, set) => parts.All(p => p(s, set));
            }

            case "or":
            {
                var parts = args.Select(a => Compile(a, entitySets)).ToArray();
                return (s, set) => parts.Any(p => p(s, set));
            }

            case "not":
            {
                var inner = Compile(args[0], entitySets);
                return (s, set) => !inner(s, set);
            }

            case "remainder":
            {
                var key = Text(args[0]);
                return (s, _) => s.Key.TryGet(key, out var value) && value is null;
            }

            case "series":
                return CompileSeries(args);
            default:
            {
                var test = ValueTest(call, entitySets);
                var key = Text(args[0]);
                var absent = call.Name == "ne";
                return (s, _) => s.Key.TryGet(key, out var value) && value is not null ? test(value) : absent;
            }
        }
    }

    private static SeriesPredicate CompileSeries(IReadOnlyList<ArgumentSyntax> args)
    {
        var requested = Aggregation.FromArgument(args[0]) ?? new Aggregation(AggregationKind.Avg);
        if (args[1] is not CallArgumentSyntax { Arguments: [NumberArgumentSyntax threshold] } comparison)
        {
            return (_, _) => false;
        }

        var compare = Comparison(comparison.Name, threshold.Value);
        return (s, set) =>
        {
            var aggregation = requested.Resolve(set.MetricType);
            var value = s.Raw is { } raw ? aggregation.OfRange(raw, 0, raw.Length) : aggregation.OfValues(s.Values);
            return !double.IsNaN(value) && compare(value);
        };
    }

    public static Func<double, bool> Comparison(string name, double threshold) => name switch
    {
        "lt" => v => v < threshold,
        "le" => v => v <= threshold,
        "eq" => v => v == threshold,
        "ne" => v => v != threshold,
        "gt" => v => v > threshold,
        _ => v => v >= threshold,
    };

    private static DimensionFilter? ToDimensionFilter(ArgumentSyntax condition, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets)
    {
        if (condition is not CallArgumentSyntax call)
        {
            return null;
        }

        var args = call.Arguments;
        switch (call.Name)
        {
            case "and" or "or":
            {
                var parts = new List<DimensionFilter>();
                foreach (var arg in args)
                {
                    if (ToDimensionFilter(arg, entitySets) is not { } part)
                    {
                        return null;
                    }

                    parts.Add(part);
                }

                return call.Name == "and" ? DimensionFilter.And(parts) : DimensionFilter.Or(parts);
            }

            case "not":
                return ToDimensionFilter(args[0], entitySets) is { } inner ? DimensionFilter.Not(inner) : null;
            case "remainder":
                return DimensionFilter.None; // stored series never hold the remainder
            case "series":
                return null;
            case "existsKey":
                return DimensionFilter.ExistsKey(Text(args[0]));
            case "in":
                return DimensionFilter.In(Text(args[0]), EntitySet(args[1], entitySets));
            default:
            {
                var key = Text(args[0]);
                var value = Text(args[1]);
                return call.Name switch
                {
                    "eq" => DimensionFilter.Equal(key, value),
                    "ne" => DimensionFilter.NotEqual(key, value),
                    "prefix" => DimensionFilter.Prefix(key, value),
                    "suffix" => DimensionFilter.Suffix(key, value),
                    _ => DimensionFilter.Contains(key, value),
                };
            }
        }
    }

    private static Func<string, bool> ValueTest(CallArgumentSyntax call, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets)
    {
        var args = call.Arguments;
        if (call.Name == "existsKey")
        {
            return _ => true;
        }

        if (call.Name == "in")
        {
            var ids = EntitySet(args[1], entitySets);
            return ids.Contains;
        }

        var expected = Text(args[1]);
        return call.Name switch
        {
            "eq" => v => string.Equals(v, expected, StringComparison.Ordinal),
            "ne" => v => !string.Equals(v, expected, StringComparison.Ordinal),
            "prefix" => v => v.StartsWith(expected, StringComparison.Ordinal),
            "suffix" => v => v.EndsWith(expected, StringComparison.Ordinal),
            _ => v => v.Contains(expected, StringComparison.Ordinal),
        };
    }

    private static IReadOnlySet<string> EntitySet(ArgumentSyntax argument, IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets) =>
        argument is CallArgumentSyntax { Name: "entitySelector", Arguments: [StringArgumentSyntax selector] } && entitySets.TryGetValue(selector.Value, out var ids)
            ? ids
            : new HashSet<string>();

    /// <summary>A dimension key or value as written: quoted, bare, or a number (<c>eq("code",200)</c>).</summary>
    public static string Text(ArgumentSyntax argument) => argument switch
    {
        StringArgumentSyntax s => s.Value,
        NameArgumentSyntax n => n.Name,
        NumberArgumentSyntax n => n.Text,
        _ => string.Create(CultureInfo.InvariantCulture, $"{argument}"),
    };
}
