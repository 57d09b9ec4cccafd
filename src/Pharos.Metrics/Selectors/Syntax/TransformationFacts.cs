using System.Collections.Frozen;

namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Canonical spelling and a usage example of every known transformation.</summary>
public static class TransformationFacts
{
    private static readonly FrozenDictionary<string, TransformationKind> ByName = new Dictionary<string, TransformationKind>(StringComparer.Ordinal)
    {
        ["auto"] = TransformationKind.Auto,
        ["avg"] = TransformationKind.Avg,
        ["count"] = TransformationKind.Count,
        ["max"] = TransformationKind.Max,
        ["median"] = TransformationKind.Median,
        ["min"] = TransformationKind.Min,
        ["percentile"] = TransformationKind.Percentile,
        ["sum"] = TransformationKind.Sum,
        ["value"] = TransformationKind.Value,
        ["asGauge"] = TransformationKind.AsGauge,
        ["default"] = TransformationKind.Default,
        ["delta"] = TransformationKind.Delta,
        ["filter"] = TransformationKind.Filter,
        ["fold"] = TransformationKind.Fold,
        ["last"] = TransformationKind.Last,
        ["lastReal"] = TransformationKind.LastReal,
        ["limit"] = TransformationKind.Limit,
        ["merge"] = TransformationKind.Merge,
        ["names"] = TransformationKind.Names,
        ["parents"] = TransformationKind.Parents,
        ["partition"] = TransformationKind.Partition,
        ["rate"] = TransformationKind.Rate,
        ["rollup"] = TransformationKind.Rollup,
        ["setUnit"] = TransformationKind.SetUnit,
        ["smooth"] = TransformationKind.Smooth,
        ["sort"] = TransformationKind.Sort,
        ["splitBy"] = TransformationKind.SplitBy,
        ["timeshift"] = TransformationKind.Timeshift,
        ["toUnit"] = TransformationKind.ToUnit,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<TransformationKind, string> Names =
        ByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Names are case-sensitive, as in Dynatrace (<c>splitBy</c>, not <c>splitby</c>).</summary>
    public static TransformationKind Lookup(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : TransformationKind.Unknown;

    public static string NameOf(TransformationKind kind) => Names.TryGetValue(kind, out var name) ? name : "";

    public static IEnumerable<string> AllNames => ByName.Keys;

    public static bool IsAggregation(TransformationKind kind) => kind is >= TransformationKind.Auto and <= TransformationKind.Value;

    public static string Example(TransformationKind kind) => kind switch
    {
        TransformationKind.Percentile => ":percentile(90)",
        TransformationKind.Default => ":default(0) or :default(0,always)",
        TransformationKind.Filter => ":filter(eq(\"dt.entity.host\",\"HOST-1\"))",
        TransformationKind.Fold => ":fold or :fold(avg)",
        TransformationKind.Last => ":last or :last(avg)",
        TransformationKind.LastReal => ":lastReal or :lastReal(avg)",
        TransformationKind.Limit => ":limit(10)",
        TransformationKind.Merge => ":merge(\"dt.entity.host\")",
        TransformationKind.Partition => ":partition(\"latency\",value(\"slow\",gt(200)),value(\"fast\",otherwise))",
        TransformationKind.Rate => ":rate or :rate(1m)",
        TransformationKind.Rollup => ":rollup(avg,5m)",
        TransformationKind.SetUnit => ":setUnit(MilliSecond)",
        TransformationKind.Smooth => ":smooth(skipfirst)",
        TransformationKind.Sort => ":sort(value(avg,descending))",
        TransformationKind.SplitBy => ":splitBy(\"dt.entity.host\") or :splitBy()",
        TransformationKind.Timeshift => ":timeshift(-1d)",
        TransformationKind.ToUnit => ":toUnit(MicroSecond,MilliSecond)",
        _ => ":" + NameOf(kind),
    };
}
