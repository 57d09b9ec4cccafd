using Pharos.Conditions.Parsing;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Syntax;

/// <summary>The parsed form of one condition: its text, its tree and the syntax diagnostics.</summary>
public sealed class ConditionSyntaxTree
{
    internal ConditionSyntaxTree(string text, ConditionSyntax root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    public ConditionSyntax Root { get; }

    /// <summary>Syntax diagnostics, located at <c>origin.Offset(span.Start)</c> when an origin was given.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses any text, never throwing: problems come back in <see cref="Diagnostics"/>.</summary>
    /// <param name="text">The condition, e.g. <c>ErrorRate &gt; 0.0005</c>.</param>
    /// <param name="origin">Where the first character of <paramref name="text"/> sits in its file, if known.</param>
    public static ConditionSyntaxTree Parse(string text, SourceLocation? origin = null) => ConditionParser.Parse(text, origin);

    /// <summary>The text a node covers.</summary>
    public string GetText(SyntaxNode node) => Text.Substring(node.Span.Start, node.Span.Length);
}
