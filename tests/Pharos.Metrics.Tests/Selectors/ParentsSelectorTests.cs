using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Tests.Selectors;

public sealed class ParentsSelectorTests
{
    [Fact]
    public void Parse_ParentsAfterNames_KeepsBothInOrderAndPrintsBack()
    {
        var result = MetricSelectorParser.Parse("builtin:tech.generic.cpu.usage:names:parents:splitBy(\"dt.entity.host\")", "metricSelector");

        Assert.Empty(result.Diagnostics);
        var outer = Assert.IsType<TransformSyntax>(Assert.Single(result.Selectors));
        Assert.Equal(TransformationKind.SplitBy, outer.Transformation.Kind);
        var parents = Assert.IsType<TransformSyntax>(outer.Source);
        Assert.Equal(TransformationKind.Parents, parents.Transformation.Kind);
        Assert.Equal(TransformationKind.Names, Assert.IsType<TransformSyntax>(parents.Source).Transformation.Kind);
        Assert.Equal("builtin:tech.generic.cpu.usage:names:parents:splitBy(\"dt.entity.host\")", result.Selectors[0].ToString());
    }

    [Fact]
    public void Parse_ParentsWithArgument_ReportsPH4008()
    {
        var result = MetricSelectorParser.Parse("m.x:parents(\"dt.entity.host\")", "metricSelector");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PH4008", diagnostic.Code);
        Assert.Equal("':parents' takes no arguments (got 1); write e.g. :parents.", diagnostic.Message);
    }
}
