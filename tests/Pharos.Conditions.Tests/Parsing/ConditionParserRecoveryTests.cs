using Pharos.Conditions.Syntax;
using Pharos.Conditions.Tests.TestSupport;

namespace Pharos.Conditions.Tests.Parsing;

public class ConditionParserRecoveryTests
{
    [Theory]
    [InlineData("ErrorRate >", "Cmp@0+11(Name@0+9:ErrorRate > Missing@11)", "PH2006")]
    [InlineData("> 5", "Cmp@0+3(Missing@0 > Num@2+1:5)", "PH2006")]
    [InlineData("a + > 5", "Cmp@0+7(Bin@0+3(Name@0+1:a + Missing@3) > Num@6+1:5)", "PH2006")]
    [InlineData("ErrorRate > (0.5", "Cmp@0+16(Name@0+9:ErrorRate > Par@12+4(Num@13+3:0.5)!))", "PH2007")]
    [InlineData("Anomaly(ErrorRate", "Call@0+17:Anomaly(Name@8+9:ErrorRate)!)", "PH2007")]
    [InlineData("Anomaly(ErrorRate,)", "Call@0+19:Anomaly(Name@8+9:ErrorRate, Missing@18)", "PH2006")]
    [InlineData("ErrorRate > #5", "Cmp@0+13(Name@0+9:ErrorRate > Error@12+1:'#') Skipped@13+1:'5'", "PH2002")]
    [InlineData("ErrorRate > 0.5 and x", "Cmp@0+15(Name@0+9:ErrorRate > Num@12+3:0.5) Skipped@16+5:'and x'", "PH2010")]
    [InlineData("ErrorRate > 0.5 )", "Cmp@0+15(Name@0+9:ErrorRate > Num@12+3:0.5) Skipped@16+1:')'", "PH2008")]
    [InlineData("a < b < c", "Cmp@0+5(Name@0+1:a < Name@4+1:b) Skipped@6+3:'< c'", "PH2009")]
    [InlineData("", "Missing@0", "PH2001")]
    [InlineData("   ", "Missing@0", "PH2001")]
    [InlineData("(,)", "Par@0+1(Missing@1)!) Skipped@1+2:', )'", "PH2006")]
    [InlineData("JobStatus == 'FAILED", "Cmp@0+20(Name@0+9:JobStatus == Str@13+7:FAILED)", "PH2003")]
    public void Parse_BrokenInput_RecoversWithOneDiagnostic(string text, string expected, string code)
    {
        var tree = ConditionSyntaxTree.Parse(text);

        Assert.Equal(expected, TreePrinter.Print(tree));
        Assert.Equal(code, Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void Parse_MissingCloseParen_IsZeroWidthMissingToken()
    {
        var tree = ConditionSyntaxTree.Parse("(a > 1");

        var parenthesized = Assert.IsType<ParenthesizedExpressionSyntax>(tree.Root.Expression);
        Assert.True(parenthesized.CloseParen.IsMissing);
        Assert.True(parenthesized.CloseParen.HasErrors);
        Assert.Equal(new TextSpan(6, 0), parenthesized.CloseParen.Span);
        Assert.True(parenthesized.ContainsErrors);
    }

    [Fact]
    public void Parse_CleanInput_ContainsNoErrors()
    {
        var tree = ConditionSyntaxTree.Parse("(a > 1)");

        Assert.False(tree.Root.ContainsErrors);
        Assert.False(tree.HasErrors);
    }

    [Fact]
    public void Parse_RunOfUnknownCharacters_IsOneBadTokenAndOneDiagnostic()
    {
        var tree = ConditionSyntaxTree.Parse("ErrorRate > ### 5");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("PH2002", diagnostic.Code);
        Assert.Contains("'###'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ModerateNesting_IsAccepted()
    {
        var text = new string('(', 50) + "ErrorRate" + new string(')', 50) + " > 0.1";

        var tree = ConditionSyntaxTree.Parse(text);

        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData(10_000, "(", ")")]
    [InlineData(100_000, "-", "")]
    [InlineData(50_000, "a + ", "")]
    [InlineData(50_000, "a * ", "")]
    [InlineData(20_000, "Anomaly(", ")")]
    public void Parse_PathologicalNesting_ReportsDepthOnceWithoutOverflowingTheStack(int repeat, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, repeat)) + "a" + string.Concat(Enumerable.Repeat(close, repeat)) + " > 1";

        var tree = ConditionSyntaxTree.Parse(text);

        Assert.Equal("PH2011", Assert.Single(tree.Diagnostics).Code);
        Assert.True(MaxDepth(tree.Root) <= 3 * Pharos.Conditions.Parsing.ConditionParser.MaxDepth);
        var compiled = ConditionCompiler.Compile(text, null, TestSymbols.PaymentProcessor, new Core.Diagnostics.DiagnosticBag());
        Assert.Null(compiled);
    }

    [Fact]
    public void Parse_UnbalancedDeepNesting_StillReportsOnlyTheDepth()
    {
        var tree = ConditionSyntaxTree.Parse(new string('(', 5_000));

        Assert.Equal("PH2011", Assert.Single(tree.Diagnostics).Code);
    }

    private static int MaxDepth(SyntaxNode root)
    {
        var deepest = 0;
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes())
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
