namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>One selector or metric expression: a key, a number, arithmetic, or a transformation applied to one of them.</summary>
public abstract class SelectorExpression(SelectorSpan span) : SelectorNode(span);
