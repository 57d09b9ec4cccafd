using Pharos.Metrics.Query.Time;

namespace Pharos.Metrics.Tests.Query;

public sealed class ResolutionParserTests
{
    private static readonly long From = new DateTimeOffset(2025, 7, 8, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData(null, 2, "1m", 120)]
    [InlineData("120", 2, "1m", 120)]
    [InlineData("10", 2, "15m", 8)]
    [InlineData("1", 2, "2h", 1)]
    [InlineData("100", 24 * 14, "6h", 57)]
    [InlineData("5m", 2, "5m", 24)]
    [InlineData("2h", 3, "2h", 2)]
    [InlineData("1d", 48, "1d", 3)]
    [InlineData("1w", 24 * 14, "1w", 3)]
    [InlineData("1M", 24, "30d", 1)]
    public void Layout_Resolution_ChoosesSlotLengthAndCount(string? text, int hours, string label, int slots)
    {
        var request = ResolutionParser.Parse(text, 120)!;

        var grid = ResolutionParser.Layout(request.Default, From, From + (hours * 3_600_000L), out var actualLabel);

        Assert.Equal((label, slots), (actualLabel, grid.Count));
        Assert.True(grid.StartMs <= From && grid.EndMs >= From + (hours * 3_600_000L));
    }

    [Fact]
    public void Layout_Weeks_StartOnMondayUtc()
    {
        var grid = ResolutionParser.Layout(new ResolutionSpec.Fixed(7 * 86_400_000L), From, From + 1, out _);

        Assert.Equal(DayOfWeek.Monday, DateTimeOffset.FromUnixTimeMilliseconds(grid.StartMs).DayOfWeek);
        Assert.Equal(0, DateTimeOffset.FromUnixTimeMilliseconds(grid.StartMs).TimeOfDay.Ticks);
    }

    [Fact]
    public void Layout_Inf_IsOneSlotOverExactlyTheTimeframe()
    {
        var grid = ResolutionParser.Layout(new ResolutionSpec.Infinite(), From + 7, From + 1_000, out var label);

        Assert.Equal(("Inf", From + 7, From + 1_000, 1), (label, grid.StartMs, grid.EndMs, grid.Count));
    }

    [Fact]
    public void Parse_PerSelector_KeepsEachIndexAndDefaultsTheRest()
    {
        var request = ResolutionParser.Parse("0:Inf, 2:5m", 120)!;

        Assert.IsType<ResolutionSpec.Infinite>(request.For(0));
        Assert.Equal(new ResolutionSpec.PointCount(120), request.For(1));
        Assert.Equal(new ResolutionSpec.Fixed(300_000), request.For(2));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("30s")]
    [InlineData("5 m")]
    [InlineData("m")]
    [InlineData("1x")]
    [InlineData("0:Inf,0:5m")]
    [InlineData("a:Inf")]
    [InlineData("0:")]
    [InlineData("99999999999999999y")]
    public void Parse_Invalid_ReturnsNull(string text)
    {
        Assert.Null(ResolutionParser.Parse(text, 120));
    }
}
