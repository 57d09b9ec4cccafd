using Pharos.Evaluation.Slo;

namespace Pharos.Evaluation.Tests.Slo;

public sealed class SloEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 8, 0, 0, 0, TimeSpan.Zero);

    private static SloDefinition Slo(double target = 95, double warning = 97.5, double fast = 1.5, bool burnRate = true) =>
        new("slo-1", true, "Payment availability", null, "payment_availability", "(100)*(good)/(total)", "AGGREGATE", "", "-1w", target, warning, burnRate, fast);

    private static SloEvaluation Evaluate(SloDefinition slo, double good, double total, double goodHour, double totalHour) =>
        SloEvaluator.Evaluate(slo, new SloCounts(good, total), new SloCounts(goodHour, totalHour), Now.AddDays(-7), Now);

    [Fact]
    public void WarningBand_ReproducesTheApiExample()
    {
        // The SDK example: target 95, warning 97.5, evaluated 96.25 → errorBudget 1.25, WARNING; burn rate 1.25 → SLOW below 1.5.
        var e = Evaluate(Slo(), 9625, 10000, 9375, 10000);

        Assert.Equal(96.25, e.EvaluatedPercentage, 9);
        Assert.Equal(1.25, e.ErrorBudget, 9);
        Assert.Equal(25, e.NormalizedErrorBudget, 9);
        Assert.Equal(SloStatus.Warning, e.Status);
        Assert.Equal("NONE", e.Error);
        Assert.Equal(1.25, e.ErrorBudgetBurnRate.BurnRateValue, 9);
        Assert.Equal(BurnRateType.Slow, e.ErrorBudgetBurnRate.BurnRateType);
        Assert.Equal(93.75, e.ErrorBudgetBurnRate.SloValue, 9);
        // 25 % of the budget left, a week long, burning 1.25× → 0.25 × 168 h / 1.25.
        Assert.Equal(33.6, e.ErrorBudgetBurnRate.EstimatedTimeToConsumeErrorBudget, 9);
    }

    [Theory]
    [InlineData(9800, SloStatus.Success)]
    [InlineData(9750, SloStatus.Success)]
    [InlineData(9500, SloStatus.Warning)]
    [InlineData(9499, SloStatus.Failure)]
    public void Status_BoundariesAreInclusiveOfTargetAndWarning(double good, SloStatus status)
    {
        Assert.Equal(status, Evaluate(Slo(), good, 10000, 1, 1).Status);
    }

    [Theory]
    [InlineData(10000, BurnRateType.None)]
    [InlineData(9500, BurnRateType.None)]
    [InlineData(9400, BurnRateType.Slow)]
    [InlineData(9250, BurnRateType.Fast)]
    [InlineData(0, BurnRateType.Fast)]
    public void BurnRateType_FastAtTheThresholdSlowAboveOne(double goodHour, BurnRateType type)
    {
        Assert.Equal(type, Evaluate(Slo(), 9700, 10000, goodHour, 10000).ErrorBudgetBurnRate.BurnRateType);
    }

    [Fact]
    public void BurnRateVisualizationOff_TypeIsAlwaysNone()
    {
        Assert.Equal(BurnRateType.None, Evaluate(Slo(burnRate: false), 9700, 10000, 0, 10000).ErrorBudgetBurnRate.BurnRateType);
    }

    [Fact]
    public void NoData_IsNotEvaluatedAndFails()
    {
        var e = Evaluate(Slo(), 0, 0, 0, 0);

        Assert.Equal(-1, e.EvaluatedPercentage);
        Assert.Equal(-1, e.ErrorBudget);
        Assert.Equal("NO_DATA", e.Error);
        Assert.Equal(SloStatus.Failure, e.Status);
    }

    [Fact]
    public void ExhaustedBudget_EstimateIsZero()
    {
        Assert.Equal(0, Evaluate(Slo(), 9000, 10000, 9000, 10000).ErrorBudgetBurnRate.EstimatedTimeToConsumeErrorBudget);
    }

    [Theory]
    [InlineData("-1w", "2025-01-01T00:00:00Z", "2025-01-08T00:00:00Z")]
    [InlineData("-2d to now", "2025-01-06T00:00:00Z", "2025-01-08T00:00:00Z")]
    [InlineData("-1d/d to now/d", "2025-01-07T00:00:00Z", "2025-01-08T00:00:00Z")]
    [InlineData("now-1h", "2025-01-07T23:00:00Z", "2025-01-08T00:00:00Z")]
    [InlineData("-1w/w", "2024-12-30T00:00:00Z", "2025-01-08T00:00:00Z")]
    [InlineData("-1M", "2024-12-08T00:00:00Z", "2025-01-08T00:00:00Z")]
    public void Timeframe_ResolvesRelativeToNow(string text, string from, string to)
    {
        Assert.True(SloTimeframe.TryParse(text, out var timeframe, out _));

        var (f, t) = timeframe!.Resolve(Now);

        Assert.Equal(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), f);
        Assert.Equal(DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("last week", "has an invalid start 'last week'")]
    [InlineData("-1w to tomorrow", "has an invalid end 'tomorrow'")]
    [InlineData("-1x", "has an invalid start '-1x'")]
    public void Timeframe_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(SloTimeframe.TryParse(text, out _, out var why));
        Assert.Equal(reason, why);
    }

    [Fact]
    public void SloExpression_SplitsGoodAndTotal()
    {
        Assert.True(SloExpression.TrySplit("(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())", out var good, out var total));
        Assert.Equal("builtin:service.errors.server.successCount:splitBy()", good);
        Assert.Equal("builtin:service.requestCount.server:splitBy()", total);
        Assert.True(SloExpression.TrySplit("(a)/(b)*(100)", out good, out total));
        Assert.Equal(("a", "b"), (good, total));
        Assert.False(SloExpression.TrySplit("a + b", out _, out _));
    }

    [Fact]
    public async Task Engine_EvaluatesEnabledSlosOverTheirWindowAndTheLastHour()
    {
        var source = new FakeCounts();
        var engine = new SloEngine(source);

        var result = await engine.EvaluateAsync([Slo(), Slo() with { ObjectId = "off", Enabled = false }], Now, CancellationToken.None);

        var e = Assert.Single(result);
        Assert.Equal(99, e.EvaluatedPercentage, 9);
        Assert.Equal([(Now.AddDays(-7), Now), (Now.AddHours(-1), Now)], source.Calls);
    }

    private sealed class FakeCounts : ISloCountSource
    {
        public List<(DateTimeOffset, DateTimeOffset)> Calls { get; } = [];

        public ValueTask<SloCounts> CountsAsync(SloDefinition slo, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
        {
            Calls.Add((from, to));
            return ValueTask.FromResult(new SloCounts(99, 100));
        }
    }
}
