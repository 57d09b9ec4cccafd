namespace Pharos.Conditions.Syntax;

/// <summary>Base of every node: a kind, a span over the condition text, children, and visitor dispatch.</summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(SyntaxKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public SyntaxKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>Direct child nodes, in text order.</summary>
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>Direct child tokens and the tokens of child nodes, in text order.</summary>
    public abstract IEnumerable<SyntaxToken> DescendantTokens();

    public abstract T Accept<T>(SyntaxVisitor<T> visitor);

    /// <summary>True when the node has a missing or erroneous token anywhere inside.</summary>
    public bool ContainsErrors => DescendantTokens().Any(t => t.HasErrors) || DescendantNodesAndSelf().Any(n => n.Kind == SyntaxKind.ErrorExpression);

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        // Iterative so that walking a tree at the parser's depth limit never risks the stack.
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    public override string ToString() => $"{Kind} {Span}";
}
