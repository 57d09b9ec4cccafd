using Pharos.Metrics.Query.Time;

namespace Pharos.Metrics.Tests.Query;

public sealed class TimeExpressionParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 9, 14, 37, 21, 500, TimeSpan.Zero); // a Wednesday

    [Theory]
    [InlineData("1701090120000", "2023-11-27T13:02:00.000Z")]
    [InlineData("2021-01-25T05:57:01.123+01:00", "2021-01-25T04:57:01.123Z")]
    [InlineData("2021-01-25T05:57:01Z", "2021-01-25T05:57:01.000Z")]
    [InlineData("2021-01-25T05:57", "2021-01-25T05:57:00.000Z")]
    [InlineData("2021-01-25 05:57:01", "2021-01-25T05:57:01.000Z")]
    [InlineData("now", "2025-07-09T14:37:21.500Z")]
    [InlineData("now-2h", "2025-07-09T12:37:21.500Z")]
    [InlineData("now-90m", "2025-07-09T13:07:21.500Z")]
    [InlineData("now-1d/d", "2025-07-08T00:00:00.000Z")]
    [InlineData("now/w", "2025-07-07T00:00:00.000Z")]
    [InlineData("now-1w/w", "2025-06-30T00:00:00.000Z")]
    [InlineData("now-1M", "2025-06-09T14:37:21.500Z")]
    [InlineData("now-1y/M", "2024-07-01T00:00:00.000Z")]
    [InlineData("now/y", "2025-01-01T00:00:00.000Z")]
    [InlineData("now/h", "2025-07-09T14:00:00.000Z")]
    public void TryParse_DocumentedForms_GiveTheInstant(string text, string expected)
    {
        Assert.True(TimeExpressionParser.TryParse(text, Now, out var ms));

        Assert.Equal(expected, DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("now-2")]
    [InlineData("now-h")]
    [InlineData("now-2x")]
    [InlineData("now-2h/x")]
    [InlineData("now-2h-1h")]
    [InlineData("2021-13-01T00:00")]
    [InlineData("1/2/2021")]
    [InlineData("99999999999999999999")]
    public void TryParse_OtherText_IsRejected(string text)
    {
        Assert.False(TimeExpressionParser.TryParse(text, Now, out _));
    }
}
