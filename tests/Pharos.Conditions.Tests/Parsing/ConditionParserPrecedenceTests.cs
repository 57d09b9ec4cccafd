using Pharos.Conditions.Tests.TestSupport;

namespace Pharos.Conditions.Tests.Parsing;

public class ConditionParserPrecedenceTests
{
    [Theory]
    [InlineData("a + b * c > 1", "((a + (b * c)) > 1)")]
    [InlineData("a * b + c > 1", "(((a * b) + c) > 1)")]
    [InlineData("a - b - c > 1", "(((a - b) - c) > 1)")]
    [InlineData("a / b / c > 1", "(((a / b) / c) > 1)")]
    [InlineData("a - b + c > 1", "(((a - b) + c) > 1)")]
    [InlineData("a / b * c > 1", "(((a / b) * c) > 1)")]
    [InlineData("(a + b) * c > 1", "(((a + b) * c) > 1)")]
    [InlineData("a * (b + c) > 1", "((a * (b + c)) > 1)")]
    [InlineData("-a * b > 1", "((-a * b) > 1)")]
    [InlineData("a * -b > 1", "((a * -b) > 1)")]
    [InlineData("--a > 1", "(--a > 1)")]
    [InlineData("-a - -b > 1", "((-a - -b) > 1)")]
    [InlineData("a + b > c * d", "((a + b) > (c * d))")]
    [InlineData("1 < a + 2", "(1 < (a + 2))")]
    public void Parse_Operators_FollowPrecedenceAndLeftAssociativity(string text, string shape)
    {
        Assert.Equal(shape, TreePrinter.Shape(text));
    }

    [Theory]
    [InlineData("ConsumerLag > 2 + 3 * 4", 14)]
    [InlineData("ConsumerLag > (2 + 3) * 4", 20)]
    [InlineData("ConsumerLag > 10 - 4 - 3", 3)]
    [InlineData("ConsumerLag > 100 / 10 / 2", 5)]
    [InlineData("ConsumerLag > -2 * -3", 6)]
    [InlineData("ConsumerLag > 1e3 - 1", 999)]
    public void Compile_ConstantThreshold_FoldsWithSamePrecedence(string text, double threshold)
    {
        var (compiled, diagnostics) = TestSymbols.Compile(text);

        Assert.Empty(diagnostics);
        var condition = Assert.IsType<Semantics.ThresholdCondition>(compiled!.Condition);
        Assert.Equal(threshold, condition.Threshold);
    }
}
