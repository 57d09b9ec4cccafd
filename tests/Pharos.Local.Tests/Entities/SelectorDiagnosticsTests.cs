using Pharos.Local.Events;
using Pharos.Local.Problems;

namespace Pharos.Local.Tests.Entities;

public sealed class SelectorDiagnosticsTests
{
    [Fact]
    public void ProblemSelector_InvalidEnumValue_ReportsSel024WithSuggestion()
    {
        var (selector, diagnostics) = ProblemSelector.Parse("status(\"opne\")");

        Assert.Null(selector);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SEL024", diagnostic.Code);
        Assert.Equal("'opne' is not a valid value for 'status'. Did you mean 'OPEN'? Use one of: OPEN, CLOSED.", diagnostic.Message);
    }

    [Fact]
    public void EventSelector_UnknownCriterion_ReportsSel020()
    {
        var (_, diagnostics) = EventSelector.Parse("evenType(\"CUSTOM_INFO\")");

        Assert.Equal("SEL020", Assert.Single(diagnostics).Code);
    }
}
