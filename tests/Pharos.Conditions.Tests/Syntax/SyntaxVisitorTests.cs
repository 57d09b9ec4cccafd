using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Tests.Syntax;

public class SyntaxVisitorTests
{
    [Fact]
    public void Visit_UnhandledNodeKinds_FallBackToDefaultVisit()
    {
        var tree = ConditionSyntaxTree.Parse("Anomaly(ErrorRate) ");
        var visitor = new NameCounter();

        var names = tree.Root.DescendantNodesAndSelf().Sum(visitor.Visit);

        Assert.Equal(1, names);
        Assert.Equal([SyntaxKind.Condition, SyntaxKind.CallExpression], visitor.Defaulted);
    }

    [Fact]
    public void DescendantNodesAndSelf_VisitsInTextOrder()
    {
        var tree = ConditionSyntaxTree.Parse("a / b > 1");

        Assert.Equal(
            [SyntaxKind.Condition, SyntaxKind.ComparisonExpression, SyntaxKind.BinaryExpression, SyntaxKind.NameExpression, SyntaxKind.NameExpression, SyntaxKind.NumberLiteralExpression],
            tree.Root.DescendantNodesAndSelf().Select(n => n.Kind));
    }

    private sealed class NameCounter : SyntaxVisitor<int>
    {
        public List<SyntaxKind> Defaulted { get; } = [];

        public override int VisitNameExpression(NameExpressionSyntax node) => 1;

        protected override int DefaultVisit(SyntaxNode node)
        {
            Defaulted.Add(node.Kind);
            return 0;
        }
    }
}
