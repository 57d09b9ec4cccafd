using Pharos.Evaluation.Slo;

namespace Pharos.Evaluation.Tests.Slo;

/// <summary>The multi-window, multi-burn-rate tables of Sloth and Pyrra (reference peers-gates-slo-sre.md §4), exactly.</summary>
public sealed class BurnRateTablesTests
{
    private static string Row(BurnRateWindow w) =>
        $"{w.Severity} {Format(w.Long)}/{Format(w.Short)}{(w.For is { } f ? "/" + Format(f) : "")} ×{w.Factor.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Format(TimeSpan t) =>
        t.TotalDays >= 1 && t.TotalDays % 1 == 0 ? $"{t.TotalDays}d"
        : t.TotalHours >= 1 && t.TotalHours % 1 == 0 ? $"{t.TotalHours}h"
        : $"{t.TotalMinutes}m";

    [Fact]
    public void Sloth_Google30Days_IsTheWorkbookTable()
    {
        Assert.Equal(
            ["page 1h/5m ×14.4", "page 6h/30m ×6", "ticket 1d/2h ×3", "ticket 3d/6h ×1"],
            SlothWindows.Google30Days.Select(Row));
    }

    [Fact]
    public void Sloth_Google28Days_ScalesTheFactorsWithThePeriod()
    {
        Assert.Equal(
            ["page 1h/5m ×13.44", "page 6h/30m ×5.6", "ticket 1d/2h ×2.8", "ticket 3d/6h ×0.9333"],
            SlothWindows.Google28Days.Select(Row));
    }

    [Fact]
    public void Sloth_SevenDayCatalogue_FactorIsBudgetShareTimesPeriodOverLongWindow()
    {
        // Sloth's 7-day AlertWindows example: 8 %, 12.5 %, 20 %, 42 %.
        var windows = SlothWindows.FromCatalog(TimeSpan.FromDays(7),
        [
            ("page", 8, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)),
            ("page", 12.5, TimeSpan.FromMinutes(30), TimeSpan.FromHours(6)),
            ("ticket", 20, TimeSpan.FromHours(2), TimeSpan.FromDays(1)),
            ("ticket", 42, TimeSpan.FromHours(6), TimeSpan.FromDays(3)),
        ]);

        Assert.Equal(["page 1h/5m ×13.44", "page 6h/30m ×3.5", "ticket 1d/2h ×1.4", "ticket 3d/6h ×0.98"], windows.Select(Row));
    }

    [Fact]
    public void Pyrra_28Days_IsItsBaseTable()
    {
        Assert.Equal(
            ["critical 1h/5m/2m ×14", "critical 6h/30m/15m ×7", "warning 1d/2h/1h ×2", "warning 4d/6h/3h ×1"],
            PyrraWindows.For(TimeSpan.FromDays(28)).Select(Row));
    }

    [Fact]
    public void Pyrra_TwoWeeks_GivesTheRecordingRulesItsReadmeLists()
    {
        // README: http_requests:burnrate3m, 15m, 30m, 1h, 3h, 12h, 2d for a 2w objective (2.5 m rounds half up to 3 m).
        var durations = PyrraWindows.For(TimeSpan.FromDays(14)).SelectMany(w => new[] { w.Long, w.Short }).Distinct().Order().Select(Format);

        Assert.Equal(["3m", "15m", "30m", "1h", "3h", "12h", "2d"], durations);
    }

    [Fact]
    public void Pyrra_30Days_RoundsEachWindowToTheMinute()
    {
        Assert.Equal(
            ["critical 64m/5m/2m ×14", "critical 386m/32m/16m ×7", "warning 1543m/129m/64m ×2", "warning 6171m/386m/193m ×1"],
            PyrraWindows.For(TimeSpan.FromDays(30)).Select(Row));
    }

    [Fact]
    public void BurnRateMath_WorkbookFormulas()
    {
        Assert.Equal(0.001, BurnRateMath.ErrorBudgetRatio(99.9), 12);
        Assert.Equal(14.4, BurnRateMath.Factor(2, TimeSpan.FromDays(30), TimeSpan.FromHours(1)), 9);
        Assert.Equal(10, BurnRateMath.BurnRate(0.01, 0.001), 9);
        Assert.Equal(TimeSpan.FromDays(3), BurnRateMath.TimeToExhaustion(TimeSpan.FromDays(30), 10));
        Assert.Equal(0.25, BurnRateMath.RemainingBudget(0.00075, 0.001), 9);
    }

    [Theory]
    [InlineData("5m=0.015,30m=0.015,1h=0.015,2h=0.015,6h=0.015,1d=0.015,3d=0.015", "page,ticket")]
    [InlineData("5m=0.02,1h=0.02", "page")]
    [InlineData("5m=0.02,1h=0.01", "")]
    [InlineData("30m=0.007,6h=0.007", "page")]
    [InlineData("2h=0.004,1d=0.004", "ticket")]
    [InlineData("6h=0.0011,3d=0.0011", "ticket")]
    [InlineData("6h=0.0011,3d=0.0009", "")]
    public void MultiWindow_BothWindowsOfATierMustBurnFasterThanItsFactor(string ratios, string firing)
    {
        // SLO 99.9 → B = 0.001; windows not listed have no errors.
        var byWindow = ratios.Split(',').Select(p => p.Split('=')).ToDictionary(
            p => p[0].EndsWith('m') ? TimeSpan.FromMinutes(int.Parse(p[0][..^1], System.Globalization.CultureInfo.InvariantCulture))
                : p[0].EndsWith('h') ? TimeSpan.FromHours(int.Parse(p[0][..^1], System.Globalization.CultureInfo.InvariantCulture))
                : TimeSpan.FromDays(int.Parse(p[0][..^1], System.Globalization.CultureInfo.InvariantCulture)),
            p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

        var alerts = MultiWindowBurnRate.Evaluate(SlothWindows.Google30Days, 99.9, w => byWindow.GetValueOrDefault(w));

        Assert.Equal(firing, string.Join(',', MultiWindowBurnRate.FiringSeverities(alerts)));
    }
}
