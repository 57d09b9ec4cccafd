using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

public sealed class TextTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("longer than ten", 10, "longer th…")]
    public void Limit_CutsAndMarks(string text, int max, string expected)
    {
        Assert.Equal(expected, Text.Limit(text, max));
        Assert.True(Text.Limit(text, max).Length <= max);
    }
}
