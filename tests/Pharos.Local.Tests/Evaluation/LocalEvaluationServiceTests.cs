using Pharos.Local.Evaluation;

namespace Pharos.Local.Tests.Evaluation;

public sealed class LocalEvaluationServiceTests
{
    [Theory]
    [InlineData("2024-05-14T10:00:00Z", 60_000)]
    [InlineData("2024-05-14T10:00:00.001Z", 59_999)]
    [InlineData("2024-05-14T10:00:59.500Z", 500)]
    [InlineData("1969-12-31T23:59:30Z", 30_000)]
    public void UntilNextMinute_WaitsForTheNextMinuteBoundary(string now, int milliseconds)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), LocalEvaluationService.UntilNextMinute(at));
    }
}
