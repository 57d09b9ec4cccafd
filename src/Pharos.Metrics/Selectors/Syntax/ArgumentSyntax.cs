namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>An argument of a transformation or of a nested call such as <c>eq("d","v")</c>.</summary>
public abstract class ArgumentSyntax(SelectorSpan span) : SelectorNode(span);
