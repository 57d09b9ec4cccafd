namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Walks a selector tree; by default visits every child, so overrides only handle the nodes they care about.</summary>
public abstract class SelectorVisitor
{
    public virtual void Visit(SelectorNode node) => node.Accept(this);

    public virtual void VisitMetricKey(MetricKeySyntax node)
    {
    }

    public virtual void VisitNumber(NumberSyntax node)
    {
    }

    public virtual void VisitParenthesized(ParenthesizedSyntax node) => Visit(node.Inner);

    public virtual void VisitBinary(BinarySyntax node)
    {
        Visit(node.Left);
        Visit(node.Right);
    }

    public virtual void VisitNegation(NegationSyntax node) => Visit(node.Operand);

    public virtual void VisitTransform(TransformSyntax node)
    {
        Visit(node.Source);
        Visit(node.Transformation);
    }

    public virtual void VisitMissingExpression(MissingExpressionSyntax node)
    {
    }

    public virtual void VisitTransformation(TransformationSyntax node)
    {
        foreach (var argument in node.Arguments)
        {
            Visit(argument);
        }
    }

    public virtual void VisitStringArgument(StringArgumentSyntax node)
    {
    }

    public virtual void VisitNumberArgument(NumberArgumentSyntax node)
    {
    }

    public virtual void VisitDurationArgument(DurationArgumentSyntax node)
    {
    }

    public virtual void VisitNameArgument(NameArgumentSyntax node)
    {
    }

    public virtual void VisitCallArgument(CallArgumentSyntax node)
    {
        foreach (var argument in node.Arguments)
        {
            Visit(argument);
        }
    }

    public virtual void VisitMissingArgument(MissingArgumentSyntax node)
    {
    }
}

/// <summary>Computes a value per node; every node not overridden goes to <see cref="DefaultVisit"/>.</summary>
public abstract class SelectorVisitor<TResult>
{
    public TResult Visit(SelectorNode node) => node.Accept(this);

    protected abstract TResult DefaultVisit(SelectorNode node);

    public virtual TResult VisitMetricKey(MetricKeySyntax node) => DefaultVisit(node);

    public virtual TResult VisitNumber(NumberSyntax node) => DefaultVisit(node);

    public virtual TResult VisitParenthesized(ParenthesizedSyntax node) => DefaultVisit(node);

    public virtual TResult VisitBinary(BinarySyntax node) => DefaultVisit(node);

    public virtual TResult VisitNegation(NegationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitTransform(TransformSyntax node) => DefaultVisit(node);

    public virtual TResult VisitMissingExpression(MissingExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitTransformation(TransformationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitStringArgument(StringArgumentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitNumberArgument(NumberArgumentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitDurationArgument(DurationArgumentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitNameArgument(NameArgumentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitCallArgument(CallArgumentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitMissingArgument(MissingArgumentSyntax node) => DefaultVisit(node);
}
