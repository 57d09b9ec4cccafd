using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class PayloadRulesTests
{
    [Theory]
    [InlineData("gauge,80.6", 80.6)]
    [InlineData("80.6", 80.6)]
    [InlineData("gauge,-3", -3)]
    [InlineData("+7", 7)]
    [InlineData("gauge,1.0e+10", 1e10)]
    [InlineData("gauge,1.234567000000123E12", 1.234567000000123e12)]
    [InlineData("gauge,4.9E-324", 4.9e-324)]
    [InlineData("gauge,5.0e-324", 5e-324)]
    [InlineData("gauge,1.7976931348623157e+308", double.MaxValue)]
    [InlineData("gauge,1.1234567890123457", 1.1234567890123457)]
    [InlineData("gauge,0.1", 0.1)]
    [InlineData("gauge,123456789012345678901234567890", 1.2345678901234568e29)]
    [InlineData("gauge,.5", 0.5)]
    public void Parse_Gauge_GivesValueAsSingleSampleSummary(string payload, double expected)
    {
        var point = Single($"cpu.temperature {payload}");

        Assert.Equal(MetricValueKind.Gauge, point.Kind);
        Assert.Equal(expected, point.Value);
        Assert.Equal((expected, expected, expected, 1L), (point.Min, point.Max, point.Sum, point.Count));
    }

    [Fact]
    public void Parse_Summary_GivesAllFourFields()
    {
        var point = Single("cpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 gauge,min=17.1,max=17.3,sum=34.4,count=2");

        Assert.Equal(MetricValueKind.GaugeSummary, point.Kind);
        Assert.Equal((17.1, 17.3, 34.4, 2L), (point.Min, point.Max, point.Sum, point.Count));
        Assert.Equal(17.2, point.Value, 10);
    }

    [Theory]
    [InlineData("gauge,count=4,sum=7,max=3,min=1")]
    [InlineData("gauge,min=1,max=3,sum=7,count=4")]
    [InlineData("gauge,min=1.2,max=3.4,sum=7.8,count=4")]
    [InlineData("gauge,min=0,max=0,sum=0,count=0")]
    [InlineData("gauge,min=5,max=5,sum=5,count=1")]
    [InlineData("gauge,min=1,max=3,sum=3,count=3")]
    [InlineData("gauge,min=1e12,max=1e12,sum=3e12,count=3")]
    public void Parse_ConsistentSummary_IsAccepted(string payload)
    {
        Assert.Equal(MetricValueKind.GaugeSummary, Single($"my.metric {payload}").Kind);
    }

    [Theory]
    [InlineData("count,delta=50", 50)]
    [InlineData("count,delta=-10.123", -10.123)]
    [InlineData("count,delta=0", 0)]
    [InlineData("count,delta=300.123456789", 300.123456789)]
    public void Parse_CountDelta_GivesDelta(string payload, double delta)
    {
        var point = Single($"new_user_count,region=EAST {payload}");

        Assert.Equal(MetricValueKind.CountDelta, point.Kind);
        Assert.Equal(delta, point.Value);
        Assert.Equal(delta, point.Sum);
        Assert.Equal(1, point.Count);
    }

    [Theory]
    [InlineData("my.metric gauge", "invalid payload 'gauge' at column 11: expected 'gauge,<value>', 'gauge,min=<v>,max=<v>,sum=<v>,count=<n>', 'count,delta=<value>' or a plain number")]
    [InlineData("my.metric gauges,5", "invalid payload 'gauges,5' at column 11: expected 'gauge,<value>', 'gauge,min=<v>,max=<v>,sum=<v>,count=<n>', 'count,delta=<value>' or a plain number")]
    [InlineData("my.metric count,5", "invalid count payload 'count,5' at column 11: expected 'count,delta=<value>'")]
    [InlineData("my.metric count,Delta=5", "invalid count payload 'count,Delta=5' at column 11: expected 'count,delta=<value>'")]
    [InlineData("my.metric 12a", "invalid gauge value '12a' at column 11: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3")]
    [InlineData("my.metric gauge,", "invalid gauge value '' at column 17: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3")]
    [InlineData("my.metric gauge,1,5", "invalid gauge value '1,5' at column 17: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3")]
    [InlineData("my.metric count,delta=x", "invalid count delta 'x' at column 23: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3")]
    [InlineData("my.metric 0x10", "invalid gauge value '0x10' at column 11: not a number; use digits with an optional sign, '.' and exponent, e.g. -12.5 or 1e3")]
    public void Parse_MalformedPayload_IsRejectedWithText(string line, string expected)
    {
        Assert.Equal(expected, Error(line));
    }

    [Theory]
    [InlineData("my.metric NaN", "gauge value", "NaN", 11)]
    [InlineData("my.metric gauge,NaN", "gauge value", "NaN", 17)]
    [InlineData("my.metric gauge,Infinity", "gauge value", "Infinity", 17)]
    [InlineData("my.metric gauge,-Infinity", "gauge value", "-Infinity", 17)]
    [InlineData("my.metric gauge,1e400", "gauge value", "1e400", 17)]
    [InlineData("my.metric count,delta=NaN", "count delta", "NaN", 23)]
    [InlineData("my.metric gauge,min=NaN,max=1,sum=1,count=1", "summary min", "NaN", 21)]
    [InlineData("my.metric gauge,min=1,max=Infinity,sum=1,count=1", "summary max", "Infinity", 27)]
    public void Parse_NonFiniteValue_IsRejected(string line, string field, string text, int column)
    {
        var error = ErrorOf(line);

        Assert.Equal(LineErrorKind.NonFiniteNumber, error.Kind);
        Assert.Equal($"invalid {field} '{text}' at column {column}: NaN and infinite values are not accepted", error.Message);
    }

    [Theory]
    [InlineData("gauge,min=1,max=2", "invalid gauge summary: missing sum and count; all of min, max, sum and count are required")]
    [InlineData("gauge,max=2,sum=3,count=2", "invalid gauge summary: missing min; all of min, max, sum and count are required")]
    [InlineData("gauge,count=2", "invalid gauge summary: missing min, max and sum; all of min, max, sum and count are required")]
    [InlineData("gauge,min=1,avg=2,sum=3,count=2", "invalid gauge summary: unknown field 'avg=2' at column 23; expected min, max, sum and count")]
    [InlineData("gauge,min=1,max=2,sum=3,count=2,", "invalid gauge summary: unknown field '' at column 43; expected min, max, sum and count")]
    [InlineData("gauge,min=1,min=1,max=2,sum=3,count=2", "invalid gauge summary: 'min' appears twice (second at column 23)")]
    [InlineData("gauge,min=1,max=2,sum=3,count=2.0", "invalid gauge summary: count '2.0' at column 41 must be a non-negative integer")]
    [InlineData("gauge,min=1,max=2,sum=3,count=-2", "invalid gauge summary: count '-2' at column 41 must be a non-negative integer")]
    public void Parse_MalformedSummary_IsRejectedWithText(string payload, string expected)
    {
        var error = ErrorOf($"my.metric {payload}");

        Assert.Equal(LineErrorKind.InvalidSummary, error.Kind);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("gauge,min=5,max=4,sum=9,count=2", "inconsistent gauge summary: min <= sum/count <= max does not hold (min=5, max=4, sum=9, count=2, sum/count=4.5)")]
    [InlineData("gauge,min=1,max=2,sum=10,count=2", "inconsistent gauge summary: min <= sum/count <= max does not hold (min=1, max=2, sum=10, count=2, sum/count=5)")]
    [InlineData("gauge,min=35.689672,max=35.689672,sum=35.669104,count=1", "inconsistent gauge summary: with count=1, min, max and sum must be equal (min=35.689672, max=35.689672, sum=35.669104)")]
    [InlineData("gauge,min=0,max=1,sum=0,count=0", "inconsistent gauge summary: with count=0, min, max and sum must be 0 (min=0, max=1, sum=0)")]
    public void Parse_InconsistentSummary_IsRejectedWithValues(string payload, string expected)
    {
        var error = ErrorOf($"my.metric {payload}");

        Assert.Equal(LineErrorKind.InconsistentSummary, error.Kind);
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Parse_SummaryWithinRoundingTolerance_IsAccepted()
    {
        // 0.1 + 0.2 is not exactly 0.3 in binary; a strict comparison would reject a correct client.
        Assert.Equal(MetricValueKind.GaugeSummary, Single("my.metric gauge,min=0.1,max=0.1,sum=0.1000000001,count=1").Kind);
    }

    [Fact]
    public void Parse_MissingPayload_IsRejected()
    {
        var error = ErrorOf("my.metric,host=a");

        Assert.Equal(LineErrorKind.MissingPayload, error.Kind);
        Assert.Equal(
            "missing value after 'my.metric': expected 'gauge,<value>', 'gauge,min=<v>,max=<v>,sum=<v>,count=<n>', 'count,delta=<value>' or a plain number, separated from the key by a space",
            error.Message);
    }
}
