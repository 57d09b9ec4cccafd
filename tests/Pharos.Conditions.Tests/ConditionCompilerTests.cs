using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Tests.TestSupport;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Tests;

public class ConditionCompilerTests
{
    private static readonly CustomMetricReference PaymentSuccessRate = new("payment_success_rate", CustomMetricType.Gauge);
    private static readonly CustomMetricReference RevenueTotal = new("revenue_total", CustomMetricType.Counter);

    public static TheoryData<string, AlertCondition> SeedConditions => new()
    {
        { "payment_success_rate < 95.0", new ThresholdCondition(PaymentSuccessRate, ComparisonOperator.LessThan, 95.0) },
        {
            "chargeback_count / payment_transactions_total > 0.01",
            new ThresholdCondition(
                new ArithmeticMetric(
                    new CustomMetricReference("chargeback_count", CustomMetricType.Counter),
                    ArithmeticOperator.Divide,
                    new CustomMetricReference("payment_transactions_total", CustomMetricType.Counter)),
                ComparisonOperator.GreaterThan,
                0.01)
        },
        {
            "revenue_total < previous_day * 0.9",
            new ThresholdCondition(
                new ArithmeticMetric(
                    RevenueTotal,
                    ArithmeticOperator.Subtract,
                    new ArithmeticMetric(new TimeShiftedMetric(RevenueTotal, PreviousPeriod.Day), ArithmeticOperator.Multiply, new NumberConstant(0.9))),
                ComparisonOperator.LessThan,
                0)
        },
        { "ErrorRate > 0.0005", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.ErrorRate), ComparisonOperator.GreaterThan, 0.0005) },
        { "ConsumerLag > 1000", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.ConsumerLag), ComparisonOperator.GreaterThan, 1000) },
        {
            "fraud_check_latency > 500",
            new ThresholdCondition(new CustomMetricReference("fraud_check_latency", CustomMetricType.Histogram), ComparisonOperator.GreaterThan, 500)
        },
        { "JobStatus == 'FAILED'", new StateCondition(BuiltInSignals.JobStatus, ComparisonOperator.Equal, "FAILED") },
        { "Anomaly(ErrorRate)", new DetectorCondition(DetectorKind.Anomaly, BuiltInSignals.ErrorRate, null) },
        { "Anomaly(ResponseTime)", new DetectorCondition(DetectorKind.Anomaly, BuiltInSignals.ResponseTime, null) },
        { "SlowDatabaseQueries(200ms)", new DetectorCondition(DetectorKind.SlowDatabaseQueries, null, TimeSpan.FromMilliseconds(200)) },
        { "CrashDetection", new DetectorCondition(DetectorKind.CrashDetection, null, null) },
    };

    public static TheoryData<string, AlertCondition> OtherForms => new()
    {
        { "95 > payment_success_rate", new ThresholdCondition(PaymentSuccessRate, ComparisonOperator.LessThan, 95) },
        { "95 <= payment_success_rate", new ThresholdCondition(PaymentSuccessRate, ComparisonOperator.GreaterThanOrEqual, 95) },
        { "(ErrorRate >= 0.1)", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.ErrorRate), ComparisonOperator.GreaterThanOrEqual, 0.1) },
        { "ResponseTime > 1.5s", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.ResponseTime), ComparisonOperator.GreaterThan, 1500) },
        { "DatabaseResponseTime > 200ms", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.DatabaseResponseTime), ComparisonOperator.GreaterThan, 200) },
        { "ResponseTime > 200", new ThresholdCondition(new BuiltInMetricReference(BuiltInSignals.ResponseTime), ComparisonOperator.GreaterThan, 200) },
        { "'FAILED' == JobStatus", new StateCondition(BuiltInSignals.JobStatus, ComparisonOperator.Equal, "FAILED") },
        { "JobStatus != \"SUCCEEDED\"", new StateCondition(BuiltInSignals.JobStatus, ComparisonOperator.NotEqual, "SUCCEEDED") },
        { "-payment_success_rate < -90", new ThresholdCondition(new NegatedMetric(PaymentSuccessRate), ComparisonOperator.LessThan, -90) },
        {
            "revenue_total <= previous_week",
            new ThresholdCondition(
                new ArithmeticMetric(RevenueTotal, ArithmeticOperator.Subtract, new TimeShiftedMetric(RevenueTotal, PreviousPeriod.Week)),
                ComparisonOperator.LessThanOrEqual,
                0)
        },
        {
            "payment_success_rate * 100 > 1",
            new ThresholdCondition(new ArithmeticMetric(PaymentSuccessRate, ArithmeticOperator.Multiply, new NumberConstant(100)), ComparisonOperator.GreaterThan, 1)
        },
        { "Anomaly(Throughput)", new DetectorCondition(DetectorKind.Anomaly, BuiltInSignals.Throughput, null) },
        { "CrashDetection()", new DetectorCondition(DetectorKind.CrashDetection, null, null) },
        { "SlowDatabaseQueries(1.5s)", new DetectorCondition(DetectorKind.SlowDatabaseQueries, null, TimeSpan.FromMilliseconds(1500)) },
    };

    [Theory]
    [MemberData(nameof(SeedConditions))]
    public void Compile_SeedCondition_ProducesExpectedSemanticForm(string text, AlertCondition expected)
    {
        var (compiled, diagnostics) = TestSymbols.Compile(text);

        Assert.Empty(diagnostics);
        Assert.NotNull(compiled);
        Assert.Equal(expected, compiled.Condition);
        Assert.Equal(text, compiled.Text);
        Assert.False(compiled.Syntax.HasErrors);
    }

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Compile_OtherValidForm_ProducesNormalisedSemanticForm(string text, AlertCondition expected)
    {
        var (compiled, diagnostics) = TestSymbols.Compile(text);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, compiled?.Condition);
    }

    [Fact]
    public void Compile_PreviousDay_ShiftsTheLeftMetricByOneDay()
    {
        var (compiled, _) = TestSymbols.Compile("revenue_total < previous_day * 0.9");

        var threshold = Assert.IsType<ThresholdCondition>(compiled?.Condition);
        var difference = Assert.IsType<ArithmeticMetric>(threshold.Left);
        var scaled = Assert.IsType<ArithmeticMetric>(difference.Right);
        var shifted = Assert.IsType<TimeShiftedMetric>(scaled.Left);
        Assert.Equal(TimeSpan.FromDays(1), shifted.Shift);
        Assert.Equal(RevenueTotal, shifted.Metric);
    }

    [Fact]
    public void Compile_SyntaxAndSemanticErrors_ReportsBothAndReturnsNull()
    {
        var (compiled, diagnostics) = TestSymbols.Compile("ErrorRat > 0.1 )");

        Assert.Null(compiled);
        Assert.Equal(["PH2020", "PH2008"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Compile_TwoUnknownNames_ReportsBoth()
    {
        var (compiled, diagnostics) = TestSymbols.Compile("chargeback_cnt / payment_total > 0.01");

        Assert.Null(compiled);
        Assert.Equal(["PH2021", "PH2021"], diagnostics.Select(d => d.Code));
        Assert.Equal([23, 40], diagnostics.Select(d => d.Location!.Column));
    }

    [Fact]
    public void Compile_CustomMetricUnknownToTheSymbols_IsAnError()
    {
        var bag = new DiagnosticBag();

        var compiled = ConditionCompiler.Compile("payment_success_rate < 95.0", null, ConditionSymbols.Empty, bag);

        Assert.Null(compiled);
        Assert.Equal("PH2021", Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void Compile_CustomSymbolsImplementation_IsConsulted()
    {
        var bag = new DiagnosticBag();

        var compiled = ConditionCompiler.Compile("queue_depth > 10", null, new SingleMetricSymbols("queue_depth"), bag);

        Assert.Equal(new ThresholdCondition(new CustomMetricReference("queue_depth", CustomMetricType.Gauge), ComparisonOperator.GreaterThan, 10), compiled?.Condition);
    }

    [Fact]
    public void Compile_NoOrigin_GivesLocationLessDiagnosticsThatNameThePosition()
    {
        var bag = new DiagnosticBag();

        ConditionCompiler.Compile("ErrorRate >", null, ConditionSymbols.Empty, bag);

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Null(diagnostic.Location);
        Assert.EndsWith("(at character 12 of condition 'ErrorRate >')", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("counter", CustomMetricType.Counter)]
    [InlineData("Gauge", CustomMetricType.Gauge)]
    [InlineData(" histogram ", CustomMetricType.Histogram)]
    [InlineData("summary", CustomMetricType.Summary)]
    public void TryParseMetricType_CatalogType_MapsToEnum(string text, CustomMetricType expected)
    {
        Assert.True(ConditionSymbols.TryParseMetricType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void TryParseMetricType_UnknownType_ReturnsFalse()
    {
        Assert.False(ConditionSymbols.TryParseMetricType("timer", out _));
    }

    private sealed class SingleMetricSymbols(string name) : IConditionSymbols
    {
        public IEnumerable<string> CustomMetricNames => [name];

        public bool TryGetCustomMetric(string candidate, out CustomMetricType type)
        {
            type = CustomMetricType.Gauge;
            return candidate == name;
        }
    }
}
