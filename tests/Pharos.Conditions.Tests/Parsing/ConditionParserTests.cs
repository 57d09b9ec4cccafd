using Pharos.Conditions.Syntax;
using Pharos.Conditions.Tests.TestSupport;

namespace Pharos.Conditions.Tests.Parsing;

public class ConditionParserTests
{
    [Theory]
    [InlineData("payment_success_rate < 95.0", "Cmp@0+27(Name@0+20:payment_success_rate < Num@23+4:95)")]
    [InlineData("chargeback_count / payment_transactions_total > 0.01",
        "Cmp@0+52(Bin@0+45(Name@0+16:chargeback_count / Name@19+26:payment_transactions_total) > Num@48+4:0.01)")]
    [InlineData("revenue_total < previous_day * 0.9", "Cmp@0+34(Name@0+13:revenue_total < Bin@16+18(Prev@16+12:previous_day * Num@31+3:0.9))")]
    [InlineData("ErrorRate > 0.0005", "Cmp@0+18(Name@0+9:ErrorRate > Num@12+6:0.0005)")]
    [InlineData("ConsumerLag > 1000", "Cmp@0+18(Name@0+11:ConsumerLag > Num@14+4:1000)")]
    [InlineData("fraud_check_latency > 500", "Cmp@0+25(Name@0+19:fraud_check_latency > Num@22+3:500)")]
    [InlineData("JobStatus == 'FAILED'", "Cmp@0+21(Name@0+9:JobStatus == Str@13+8:FAILED)")]
    [InlineData("JobStatus != \"RUNNING\"", "Cmp@0+22(Name@0+9:JobStatus != Str@13+9:RUNNING)")]
    [InlineData("Anomaly(ErrorRate)", "Call@0+18:Anomaly(Name@8+9:ErrorRate)")]
    [InlineData("Anomaly(ResponseTime)", "Call@0+21:Anomaly(Name@8+12:ResponseTime)")]
    [InlineData("SlowDatabaseQueries(200ms)", "Call@0+26:SlowDatabaseQueries(Dur@20+5:200ms=200)")]
    [InlineData("CrashDetection", "Name@0+14:CrashDetection")]
    [InlineData("revenue_total < previous_week", "Cmp@0+29(Name@0+13:revenue_total < Prev@16+13:previous_week)")]
    public void Parse_SeedConditionForms_ProduceExpectedTreeAndSpans(string text, string expected)
    {
        var tree = ConditionSyntaxTree.Parse(text);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(expected, TreePrinter.Print(tree));
    }

    [Theory]
    [InlineData("ErrorRate < 0.5", "<")]
    [InlineData("ErrorRate <= 0.5", "<=")]
    [InlineData("ErrorRate > 0.5", ">")]
    [InlineData("ErrorRate >= 0.5", ">=")]
    [InlineData("ErrorRate == 0.5", "==")]
    [InlineData("ErrorRate != 0.5", "!=")]
    public void Parse_EachComparisonOperator_IsOneTokenBetweenOperands(string text, string op)
    {
        var tree = ConditionSyntaxTree.Parse(text);

        var comparison = Assert.IsType<ComparisonExpressionSyntax>(tree.Root.Expression);
        Assert.Equal(op, comparison.OperatorToken.Text);
        Assert.Equal(new TextSpan(10, op.Length), comparison.OperatorToken.Span);
        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("200ms", 200)]
    [InlineData("5s", 5_000)]
    [InlineData("1m", 60_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1.5s", 1_500)]
    public void Parse_DurationWithUnit_ReadsMilliseconds(string literal, double milliseconds)
    {
        var tree = ConditionSyntaxTree.Parse($"SlowDatabaseQueries({literal})");

        var call = Assert.IsType<CallExpressionSyntax>(tree.Root.Expression);
        var duration = Assert.IsType<DurationLiteralSyntax>(Assert.Single(call.Arguments));
        Assert.Equal(milliseconds, duration.Milliseconds);
        Assert.Equal(new TextSpan(20, literal.Length), duration.Span);
        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("95.0", 95.0)]
    [InlineData("0.0005", 0.0005)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E+2", 250)]
    [InlineData("1e-3", 0.001)]
    [InlineData("007", 7)]
    public void Parse_NumberLiteral_ReadsValueInvariantly(string literal, double value)
    {
        var tree = ConditionSyntaxTree.Parse($"ConsumerLag > {literal}");

        var comparison = Assert.IsType<ComparisonExpressionSyntax>(tree.Root.Expression);
        var number = Assert.IsType<NumberLiteralSyntax>(comparison.Right);
        Assert.Equal(value, number.Value);
        Assert.Equal(new TextSpan(14, literal.Length), number.Span);
    }

    [Fact]
    public void Parse_UnaryMinus_WrapsOperand()
    {
        var tree = ConditionSyntaxTree.Parse("-(a - b) < -5");

        Assert.Equal("Cmp@0+13(Neg@0+8(Par@1+7(Bin@2+5(Name@2+1:a - Name@6+1:b))) < Neg@11+2(Num@12+1:5))", TreePrinter.Print(tree));
    }

    [Fact]
    public void Parse_ParenthesizedWholeCondition_KeepsParentheses()
    {
        var tree = ConditionSyntaxTree.Parse("(ErrorRate > 0.1)");

        Assert.Equal("Par@0+17(Cmp@1+15(Name@1+9:ErrorRate > Num@13+3:0.1))", TreePrinter.Print(tree));
    }

    [Fact]
    public void Parse_CallWithSeveralArguments_KeepsSeparators()
    {
        var tree = ConditionSyntaxTree.Parse("Anomaly(ErrorRate, 5)");

        var call = Assert.IsType<CallExpressionSyntax>(tree.Root.Expression);
        Assert.Equal(2, call.Arguments.Count);
        Assert.Equal(new TextSpan(17, 1), Assert.Single(call.Separators).Span);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Parse_CallWithoutArguments_HasEmptyArgumentList()
    {
        var tree = ConditionSyntaxTree.Parse("CrashDetection()");

        Assert.Equal("Call@0+16:CrashDetection()", TreePrinter.Print(tree));
    }

    [Fact]
    public void Parse_WhitespaceAroundTokens_IsNotPartOfSpans()
    {
        var tree = ConditionSyntaxTree.Parse("  ErrorRate\t>\n 0.5  ");

        Assert.Equal("Cmp@2+16(Name@2+9:ErrorRate > Num@15+3:0.5)", TreePrinter.Print(tree));
        Assert.Equal(new TextSpan(20, 0), tree.Root.EndOfText.Span);
    }

    [Fact]
    public void Parse_SingleQuotedValueWithDoubleQuoteInside_KeepsItVerbatim()
    {
        var tree = ConditionSyntaxTree.Parse("JobStatus == 'A\"B'");

        var comparison = Assert.IsType<ComparisonExpressionSyntax>(tree.Root.Expression);
        Assert.Equal("A\"B", Assert.IsType<StringLiteralSyntax>(comparison.Right).Value);
    }

    [Fact]
    public void Parse_PreviousDayKeyword_IsNotAnIdentifier()
    {
        var tree = ConditionSyntaxTree.Parse("previous_day");

        var node = Assert.IsType<PreviousPeriodSyntax>(tree.Root.Expression);
        Assert.Equal(SyntaxKind.PreviousDayKeyword, node.Keyword.Kind);
    }

    [Fact]
    public void Parse_SameText_ProducesIndependentEqualTrees()
    {
        var first = ConditionSyntaxTree.Parse("a / b > 1");
        var second = ConditionSyntaxTree.Parse("a / b > 1");

        Assert.NotSame(first.Root, second.Root);
        Assert.Equal(TreePrinter.Print(first), TreePrinter.Print(second));
    }

    [Fact]
    public void GetText_OfNode_ReturnsCoveredSource()
    {
        var tree = ConditionSyntaxTree.Parse("chargeback_count / payment_transactions_total > 0.01");

        var comparison = Assert.IsType<ComparisonExpressionSyntax>(tree.Root.Expression);
        Assert.Equal("chargeback_count / payment_transactions_total", tree.GetText(comparison.Left));
    }
}
