using Pharos.Gates.Decisions;
using Pharos.Gates.Reporting;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Reporting;

public class GitHubAnnotationsTests
{
    [Fact]
    public void Data_EscapesPercentCarriageReturnAndLineFeed()
    {
        Assert.Equal("50%25%0D%0Anext: a, b", GitHubAnnotations.Data("50%\r\nnext: a, b"));
    }

    [Fact]
    public void Property_AlsoEscapesColonAndComma()
    {
        Assert.Equal("a%3A b%2C c%25", GitHubAnnotations.Property("a: b, c%"));
    }

    [Fact]
    public void Render_OrdersFailuresFirstAndSkipsPassingObjectives()
    {
        var decision = new Decision
        {
            Gate = GateKind.Canary,
            Target = TestData.Target,
            Outcome = Outcome.Fail,
            Verdict = "ROLLBACK",
            Summary = "",
            EvaluatedAt = TestData.Now,
            Objectives =
            [
                Objective("a", Outcome.Inconclusive),
                Objective("b", Outcome.Pass),
                Objective("c", Outcome.Error),
                Objective("d", Outcome.Fail),
                Objective("e", Outcome.Info),
            ],
        };

        var lines = GitHubAnnotations.Render(decision).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            ["::error title=pharos gate canary ROLLBACK%3A d::", "::error title=pharos gate canary ROLLBACK%3A c::", "::warning title=pharos gate canary ROLLBACK%3A a::"],
            lines.Select(l => l[..(l.IndexOf("::", 2, StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void Render_MultiLineMessage_StaysOnOneLine()
    {
        var decision = new Decision
        {
            Gate = GateKind.Slo,
            Target = TestData.Target,
            Outcome = Outcome.Fail,
            Verdict = "FAIL",
            Summary = "",
            EvaluatedAt = TestData.Now,
            Objectives = [Objective("x", Outcome.Fail) with { Message = "line one\nline two" }],
        };

        var text = GitHubAnnotations.Render(decision);

        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("line one%0Aline two", text, StringComparison.Ordinal);
    }

    private static Objective Objective(string name, Outcome outcome) => new()
    {
        Name = name,
        Outcome = outcome,
        ReasonCode = "R",
        Value = "v",
        Threshold = "t",
        Message = "m",
    };
}
