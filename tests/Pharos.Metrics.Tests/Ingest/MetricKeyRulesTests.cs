using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

/// <summary>
/// Metric key vectors from metric-utils-vectors.md table A. A key the client normalizers leave
/// unchanged is valid; a key they would rewrite is rejected by the server, never normalised.
/// </summary>
public sealed class MetricKeyRulesTests
{
    [Theory]
    [InlineData("basecase")]
    [InlineData("just.a.normal.key")]
    [InlineData("_case")]
    [InlineData("case_case")]
    [InlineData("case1")]
    [InlineData("Case")]
    [InlineData("CASE")]
    [InlineData("someCase")]
    [InlineData("prefix.case")]
    [InlineData("This.Is.Valid")]
    [InlineData("_a.b")]
    [InlineData("a.0")]
    [InlineData("a.0.c")]
    [InlineData("a.0b.c")]
    [InlineData("dim-")]
    [InlineData("dim---")]
    [InlineData("___a")]
    [InlineData("a___")]
    [InlineData("a___b")]
    [InlineData("_._._.a_._")]
    [InlineData("metric.key-number-1.001")]
    [InlineData("MyMetric")]
    [InlineData("_._")]
    [InlineData("a.b-c")]
    public void Parse_KeyLeftUnchangedByNormalizers_IsAccepted(string key)
    {
        var point = Single($"{key} 1");

        Assert.Equal(key, point.MetricKey);
    }

    [Theory]
    [InlineData("1case", "must not start with a digit or '-'")]
    [InlineData("0a.b", "must not start with a digit or '-'")]
    [InlineData("000", "must not start with a digit or '-'")]
    [InlineData("0.section", "must not start with a digit or '-'")]
    [InlineData("0MyMetric", "must not start with a digit or '-'")]
    [InlineData("-dim", "must not start with a digit or '-'")]
    [InlineData("!@#case", "character '!' at column 1 is not allowed")]
    [InlineData("case!@#", "character '!' at column 5 is not allowed")]
    [InlineData("~key", "character '~' at column 1 is not allowed")]
    [InlineData("~0#key", "character '~' at column 1 is not allowed")]
    [InlineData("some~key", "character '~' at column 5 is not allowed")]
    [InlineData("some#~äkey", "character '#' at column 5 is not allowed")]
    [InlineData("a.b$%@.c#@", "character '$' at column 4 is not allowed")]
    [InlineData("a.b.+", "character '+' at column 5 is not allowed")]
    [InlineData("mÄtric", "character 'Ä' at column 2 is not allowed")]
    [InlineData("metriÄ", "character 'Ä' at column 6 is not allowed")]
    [InlineData("Ätric", "character 'Ä' at column 1 is not allowed")]
    [InlineData("meträääääÖÖÖc", "character 'ä' at column 5 is not allowed")]
    [InlineData("@@@@", "character '@' at column 1 is not allowed")]
    [InlineData("a$%@", "character '$' at column 2 is not allowed")]
    [InlineData("a..b", "empty section at column 3")]
    [InlineData("a.....b", "empty section at column 3")]
    [InlineData("an..empty.section", "empty section at column 4")]
    [InlineData(".", "empty section at column 1")]
    [InlineData("...", "empty section at column 1")]
    [InlineData(".a", "empty section at column 1")]
    [InlineData("a.", "empty section at column 2")]
    [InlineData("a...", "empty section at column 3")]
    [InlineData(".a.", "empty section at column 1")]
    [InlineData("._._._a_._._.", "empty section at column 1")]
    [InlineData("abc.-def", "the section at column 5 starts with '-'")]
    [InlineData("ab", "must be 3..255 characters (got 2)")]
    [InlineData("_", "must be 3..255 characters (got 1)")]
    public void Parse_KeyNormalizersWouldRewrite_IsRejectedWithReason(string key, string reason)
    {
        var error = ErrorOf($"{key} 1");

        Assert.Equal(LineErrorKind.InvalidMetricKey, error.Kind);
        Assert.StartsWith($"invalid metric key '{key}': ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_KeyOf255Characters_IsAccepted()
    {
        var key = new string('a', 255);

        Assert.Equal(key, Single($"{key} 1").MetricKey);
    }

    [Fact]
    public void Parse_KeyOf256Characters_IsRejected()
    {
        var key = new string('a', 256);

        Assert.Equal($"invalid metric key '{new string('a', 100)}…': must be 3..255 characters (got 256)", Error($"{key} 1"));
    }

    [Theory]
    [InlineData("dt.custom.metric")]
    [InlineData("DT.custom.metric")]
    [InlineData("dt.entity.host")]
    public void Parse_KeyWithReservedDtPrefix_IsRejected(string key)
    {
        var error = ErrorOf($"{key} 1");

        Assert.Equal(LineErrorKind.ReservedMetricKey, error.Kind);
        Assert.Equal($"invalid metric key '{key}': the 'dt.' prefix is reserved for Dynatrace metrics; choose another prefix", error.Message);
    }

    [Fact]
    public void Parse_KeyContainingDtAfterTheStart_IsAccepted()
    {
        Assert.Equal("my.dt.metric", Single("my.dt.metric 1").MetricKey);
    }

    [Fact]
    public void Parse_LineStartingWithComma_ReportsMissingKey()
    {
        Assert.Equal(
            "missing metric key at column 1: a line starts with the metric key, e.g. 'cpu.temperature,host=a 42'",
            Error(",host=a 1"));
    }

    [Fact]
    public void Parse_KeyWithSuffixBeyond255_IsRejected()
    {
        var key = new string('a', 250);

        Assert.Equal(
            $"invalid metric key '{new string('a', 100)}…': with the '.count' suffix the key would be 256 characters; at most 255 are allowed",
            Error($"{key} count,delta=1"));
    }
}
