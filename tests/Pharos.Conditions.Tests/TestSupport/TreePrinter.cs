using System.Globalization;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Tests.TestSupport;

/// <summary>
/// Renders a tree compactly so one string asserts both shape and spans:
/// <c>Cmp@0+18(Name@0+9:ErrorRate &gt; Num@12+6:0.0005)</c>. "!)" marks a missing ')'.
/// With spans off, only the shape: <c>(ErrorRate &gt; 0.0005)</c>.
/// </summary>
internal sealed class TreePrinter(bool withSpans) : SyntaxVisitor<string>
{
    public static string Print(ConditionSyntaxTree tree, bool withSpans = true) => new TreePrinter(withSpans).Visit(tree.Root);

    public static string Shape(string text) => Print(ConditionSyntaxTree.Parse(text), withSpans: false);

    protected override string DefaultVisit(SyntaxNode node) => throw new InvalidOperationException($"no rendering for {node.Kind}");

    public override string VisitCondition(ConditionSyntax node) =>
        Visit(node.Expression) + (node.Trailing is null ? "" : " " + Visit(node.Trailing));

    public override string VisitNameExpression(NameExpressionSyntax node) => Leaf("Name", node, node.Name);

    public override string VisitNumberLiteral(NumberLiteralSyntax node) =>
        Leaf("Num", node, node.Value.ToString("R", CultureInfo.InvariantCulture));

    public override string VisitDurationLiteral(DurationLiteralSyntax node) =>
        Leaf("Dur", node, $"{node.Token.Text}={node.Milliseconds.ToString("R", CultureInfo.InvariantCulture)}");

    public override string VisitStringLiteral(StringLiteralSyntax node) => Leaf("Str", node, node.Value);

    public override string VisitPreviousPeriod(PreviousPeriodSyntax node) => Leaf("Prev", node, node.Keyword.Text);

    public override string VisitUnaryExpression(UnaryExpressionSyntax node) =>
        withSpans ? $"Neg{At(node)}({Visit(node.Operand)})" : $"-{Visit(node.Operand)}";

    public override string VisitBinaryExpression(BinaryExpressionSyntax node) =>
        $"{(withSpans ? "Bin" + At(node) : "")}({Visit(node.Left)} {node.OperatorToken.Text} {Visit(node.Right)})";

    public override string VisitComparisonExpression(ComparisonExpressionSyntax node) =>
        $"{(withSpans ? "Cmp" + At(node) : "")}({Visit(node.Left)} {node.OperatorToken.Text} {Visit(node.Right)})";

    public override string VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) =>
        withSpans ? $"Par{At(node)}({Visit(node.Expression)}){Missing(node.CloseParen)}" : Visit(node.Expression);

    public override string VisitCallExpression(CallExpressionSyntax node) =>
        $"{(withSpans ? "Call" + At(node) + ":" : "")}{node.Name}({string.Join(", ", node.Arguments.Select(Visit))}){Missing(node.CloseParen)}";

    public override string VisitMissingExpression(MissingExpressionSyntax node) => withSpans ? $"Missing@{node.Span.Start}" : "?";

    public override string VisitErrorExpression(ErrorExpressionSyntax node) =>
        Leaf("Error", node, $"'{string.Join(" ", node.SkippedTokens.Select(t => t.Text))}'");

    public override string VisitSkippedTokens(SkippedTokensSyntax node) =>
        Leaf("Skipped", node, $"'{string.Join(" ", node.Tokens.Select(t => t.Text))}'");

    private static string At(SyntaxNode node) => $"@{node.Span.Start}+{node.Span.Length}";

    private static string Missing(SyntaxToken closeParen) => closeParen.IsMissing ? "!)" : "";

    private string Leaf(string kind, SyntaxNode node, string text) => withSpans ? $"{kind}{At(node)}:{text}" : text;
}
