namespace Pharos.Metrics.Query.Evaluation;

/// <summary>Factors for <c>:toUnit</c> within one family: time, or data (bytes and bits, decimal and binary prefixes).</summary>
internal static class UnitConversions
{
    private static readonly Dictionary<string, (string Family, double Size)> Units = new(StringComparer.Ordinal)
    {
        ["NanoSecond"] = ("time", 1e-9),
        ["MicroSecond"] = ("time", 1e-6),
        ["MilliSecond"] = ("time", 1e-3),
        ["Second"] = ("time", 1),
        ["Minute"] = ("time", 60),
        ["Hour"] = ("time", 3_600),
        ["Day"] = ("time", 86_400),
        ["Week"] = ("time", 604_800),
        ["Bit"] = ("data", 0.125),
        ["KiloBit"] = ("data", 125),
        ["MegaBit"] = ("data", 125e3),
        ["GigaBit"] = ("data", 125e6),
        ["TeraBit"] = ("data", 125e9),
        ["KibiBit"] = ("data", 128),
        ["MebiBit"] = ("data", 131_072),
        ["GibiBit"] = ("data", 134_217_728),
        ["Byte"] = ("data", 1),
        ["KiloByte"] = ("data", 1e3),
        ["MegaByte"] = ("data", 1e6),
        ["GigaByte"] = ("data", 1e9),
        ["TeraByte"] = ("data", 1e12),
        ["PetaByte"] = ("data", 1e15),
        ["KibiByte"] = ("data", 1_024),
        ["MebiByte"] = ("data", 1_048_576),
        ["GibiByte"] = ("data", 1_073_741_824),
        ["TebiByte"] = ("data", 1_099_511_627_776),
        ["PebiByte"] = ("data", 1_125_899_906_842_624),
    };

    /// <summary>The factor that turns a value in <paramref name="source"/> into <paramref name="target"/>; null when they do not convert.</summary>
    public static double? Factor(string source, string target) =>
        Units.TryGetValue(source, out var from) && Units.TryGetValue(target, out var to) && from.Family == to.Family
            ? from.Size / to.Size
            : null;
}
