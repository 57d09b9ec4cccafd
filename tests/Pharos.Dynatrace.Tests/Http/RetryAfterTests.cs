using System.Net.Http.Headers;
using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Tests.Http;

public class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData("0", 0)]
    [InlineData("Wed, 01 May 2024 10:00:30 GMT", 30)]
    [InlineData("Wed, 01 May 2024 09:59:00 GMT", 0)]
    public void Parse_SecondsOrHttpDate_GivesTheWait(string header, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfter.Parse(header, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void Parse_AbsentOrMalformed_IsNull(string? header)
    {
        Assert.Null(RetryAfter.Parse(header, Now));
    }

    [Fact]
    public void From_NoHeader_UsesBodyRetryAfterSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfter.From(null, 12, Now));
    }

    [Fact]
    public void From_HeaderAndBody_HeaderWins()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)), 12, Now));
    }
}
