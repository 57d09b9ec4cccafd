using Pharos.Conditions.Binding;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions;

/// <summary>The facade over the condition language: parse, then analyse, reporting everything found.</summary>
public static class ConditionCompiler
{
    /// <summary>
    /// Parses and analyses <paramref name="text"/>, adding every syntax and semantic diagnostic to
    /// <paramref name="sink"/>. Never throws on any text. Returns null when there is any error.
    /// </summary>
    /// <param name="text">The condition as written, e.g. <c>chargeback_count / payment_transactions_total &gt; 0.01</c>.</param>
    /// <param name="origin">
    /// Where the first character of <paramref name="text"/> sits in its file; each diagnostic is placed
    /// at <c>origin.Offset(offsetInText)</c>. Null gives location-less diagnostics whose message names
    /// the character position instead.
    /// </param>
    /// <param name="symbols">The custom metrics of the resolved configuration.</param>
    /// <param name="sink">Receives the diagnostics.</param>
    public static CompiledCondition? Compile(string text, SourceLocation? origin, IConditionSymbols symbols, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var tree = ConditionSyntaxTree.Parse(text, origin);
        foreach (var diagnostic in tree.Diagnostics)
        {
            sink.Add(diagnostic);
        }

        var binder = new ConditionBinder(tree, symbols ?? ConditionSymbols.Empty, origin);
        var condition = binder.Bind();
        foreach (var diagnostic in binder.Diagnostics)
        {
            sink.Add(diagnostic);
        }

        if (condition is null || tree.HasErrors || binder.Diagnostics.Any(d => d.IsError))
        {
            return null;
        }

        return new CompiledCondition(tree, condition);
    }
}
