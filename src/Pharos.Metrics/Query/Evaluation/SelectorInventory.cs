using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>What a selector needs before evaluation: its metric keys, its entity selectors, and whether any part asks for a median or percentile.</summary>
internal sealed class SelectorInventory : SelectorVisitor
{
    public List<MetricKeySyntax> Keys { get; } = [];

    public List<(string Selector, SelectorSpan Span)> EntitySelectors { get; } = [];

    public bool NeedsValues { get; private set; }

    public override void VisitMetricKey(MetricKeySyntax node) => Keys.Add(node);

    public override void VisitTransformation(TransformationSyntax node)
    {
        NeedsValues |= node.Kind is TransformationKind.Median or TransformationKind.Percentile;
        base.VisitTransformation(node);
    }

    public override void VisitNameArgument(NameArgumentSyntax node) => NeedsValues |= node.Name == "median";

    public override void VisitCallArgument(CallArgumentSyntax node)
    {
        NeedsValues |= node.Name == "percentile";
        if (node is { Name: "entitySelector", Arguments: [StringArgumentSyntax selector] })
        {
            EntitySelectors.Add((selector.Value, node.Span));
        }

        base.VisitCallArgument(node);
    }
}
