using Pharos.Local.Faults;

namespace Pharos.Local.Tests.Faults;

public sealed class FaultInjectionPlanTests
{
    [Fact]
    public void Parse_ValidSpec_ReturnsSharesInOrder()
    {
        var (plan, diagnostics) = FaultInjectionPlan.Parse("429=0.2, 500=0.05");

        Assert.Empty(diagnostics);
        Assert.Equal([new FaultShare(429, 0.2), new FaultShare(500, 0.05)], plan!.Faults);
        Assert.True(plan.IsEnabled);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_Empty_ReturnsDisabledPlan(string? text)
    {
        var (plan, diagnostics) = FaultInjectionPlan.Parse(text);

        Assert.Empty(diagnostics);
        Assert.False(plan!.IsEnabled);
    }

    [Theory]
    [InlineData("429", "LOC010", "Fault entry '429' is not of the form <status>=<share>. Write e.g. '429=0.2,500=0.05'.", 1)]
    [InlineData("200=0.1", "LOC011", "Fault status '200' is not an HTTP error status. Use a status from 400 to 599, e.g. 429 or 503.", 1)]
    [InlineData("429=1.5", "LOC012", "Fault share '1.5' is not a number between 0 and 1. Write the share of requests to fail, e.g. 0.05 for 5%.", 5)]
    [InlineData("429=0.7,500=0.5", "LOC013", "Fault shares add up to 1.2, more than 1. Lower them so at most every request fails.", 1)]
    [InlineData("429=0.1,429=0.2", "LOC014", "Fault status 429 appears more than once. Give each status one share.", 9)]
    public void Parse_InvalidSpec_ReportsCodeMessageAndColumn(string text, string code, string message, int column)
    {
        var (plan, diagnostics) = FaultInjectionPlan.Parse(text);

        Assert.Null(plan);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(column, diagnostic.Location!.Column);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThem()
    {
        var (_, diagnostics) = FaultInjectionPlan.Parse("abc=x,600=0.1");

        Assert.Equal(["LOC011", "LOC012", "LOC011"], diagnostics.Select(d => d.Code));
    }
}
