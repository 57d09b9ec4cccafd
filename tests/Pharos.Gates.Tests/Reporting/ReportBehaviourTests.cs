using System.Text.Json;
using System.Xml.Linq;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Reporting;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Reporting;

public class ReportBehaviourTests
{
    private static Decision WithWarning(bool warningsPass) => new()
    {
        Gate = GateKind.PostDeploy,
        Target = TestData.Target,
        Outcome = Outcome.Warning,
        Verdict = "DEGRADED",
        Summary = "3 problems",
        EvaluatedAt = TestData.Now,
        WarningsPass = warningsPass,
        Objectives =
        [
            new Objective { Name = "problems | since", Outcome = Outcome.Warning, ReasonCode = "POST_DEPLOY_TOO_MANY_PROBLEMS", Value = "3\nnew", Threshold = "≤ 2", Message = "m", Requests = ["GET /x?a=`b`"] },
            new Objective { Name = "inconclusive", Outcome = Outcome.Inconclusive, ReasonCode = "R", Value = "v", Threshold = "t", Message = "too few" },
        ],
    };

    [Fact]
    public void JUnit_WarningFailsTheCaseUnlessWarningsPass()
    {
        var strict = XDocument.Parse(JUnitReport.Render(WithWarning(false)));
        var lenient = XDocument.Parse(JUnitReport.Render(WithWarning(true)));

        Assert.Equal("warning", strict.Descendants("failure").Single().Attribute("type")?.Value);
        Assert.Empty(lenient.Descendants("failure"));
        Assert.Equal("0", lenient.Root?.Attribute("failures")?.Value);
        Assert.Equal("1", lenient.Root?.Attribute("skipped")?.Value);
        Assert.Equal("too few", lenient.Descendants("skipped").Single().Attribute("message")?.Value);
    }

    [Fact]
    public void JUnit_ErrorObjective_IsAnErrorElement()
    {
        var decision = WithWarning(false) with
        {
            Outcome = Outcome.Error,
            Objectives = [new Objective { Name = "SLOs", Outcome = Outcome.Error, ReasonCode = ReasonCodes.DataUnavailable, Value = "no answer", Threshold = "t", Message = "the environment could not answer: timeout." }],
        };

        var xml = XDocument.Parse(JUnitReport.Render(decision));

        var error = Assert.Single(xml.Descendants("error"));
        Assert.Equal("DATA_UNAVAILABLE", error.Attribute("type")?.Value);
        Assert.Equal("1", xml.Root?.Attribute("errors")?.Value);
        Assert.Equal("4", xml.Descendants("property").Single(p => p.Attribute("name")?.Value == "exitCode").Attribute("value")?.Value);
    }

    [Fact]
    public void Markdown_EscapesTableBreakersAndFencesBackticks()
    {
        var md = MarkdownReport.Render(WithWarning(false));

        Assert.Contains("| problems \\| since | 3 new |", md, StringComparison.Ordinal);
        Assert.Contains("1. `` GET /x?a=`b` ``", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsValidAndCarriesEveryObjectiveField()
    {
        using var json = JsonDocument.Parse(JsonReport.Render(WithWarning(true)));

        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("exitCode").GetInt32());
        var objective = root.GetProperty("objectives")[0];
        Assert.Equal(
            ["name", "outcome", "reasonCode", "value", "threshold", "message", "link", "requests"],
            objective.EnumerateObject().Select(p => p.Name));
        Assert.Equal("3\nnew", objective.GetProperty("value").GetString());
    }

    [Fact]
    public void CodeQuality_FingerprintIgnoresTheValueSoTheSameFindingIsRecognised()
    {
        var first = WithWarning(false);
        var second = first with { Objectives = [first.Objectives[0] with { Value = "4" }] };

        using var a = JsonDocument.Parse(GitLabCodeQuality.Render(first, "catalog/services.yaml"));
        using var b = JsonDocument.Parse(GitLabCodeQuality.Render(second, "catalog/services.yaml"));

        Assert.Equal(a.RootElement[0].GetProperty("fingerprint").GetString(), b.RootElement[0].GetProperty("fingerprint").GetString());
        Assert.Equal("minor", a.RootElement[0].GetProperty("severity").GetString());
        Assert.Equal("catalog/services.yaml", a.RootElement[0].GetProperty("location").GetProperty("path").GetString());
        Assert.NotEqual(a.RootElement[0].GetProperty("fingerprint").GetString(), a.RootElement[1].GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task StepSummary_AppendsWhenTheVariableIsSet()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pharos-summary-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(path, "# earlier step\n");
            var environment = new DictionaryEnvironmentReader(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = path });

            var written = await GitHubStepSummary.AppendAsync("### gate\n", environment, CancellationToken.None);

            Assert.True(written);
            Assert.Equal("# earlier step\n### gate\n\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StepSummary_OutsideGitHub_WritesNothing()
    {
        var written = await GitHubStepSummary.AppendAsync("x", new DictionaryEnvironmentReader(new Dictionary<string, string>()), CancellationToken.None);

        Assert.False(written);
    }
}
