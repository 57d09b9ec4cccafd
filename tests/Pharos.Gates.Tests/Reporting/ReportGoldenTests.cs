using Pharos.Gates.Reporting;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Reporting;

/// <summary>Every report format against a reviewed golden file (PHAROS_UPDATE_GOLDEN=1 rewrites them).</summary>
public class ReportGoldenTests
{
    [Theory]
    [InlineData(ReportFormat.Text, "pre-deploy-block.txt")]
    [InlineData(ReportFormat.Json, "pre-deploy-block.json")]
    [InlineData(ReportFormat.JUnit, "pre-deploy-block.junit.xml")]
    [InlineData(ReportFormat.Markdown, "pre-deploy-block.md")]
    [InlineData(ReportFormat.GitHubAnnotations, "pre-deploy-block.github.txt")]
    [InlineData(ReportFormat.GitLabCodeQuality, "pre-deploy-block.codequality.json")]
    public void PreDeployBlock_MatchesGolden(ReportFormat format, string file)
    {
        Golden.AssertMatches(file, DecisionReports.Render(SampleDecisions.PreDeployBlock(), format));
    }

    [Theory]
    [InlineData(ReportFormat.Text, "canary-rollback.txt")]
    [InlineData(ReportFormat.Json, "canary-rollback.json")]
    [InlineData(ReportFormat.JUnit, "canary-rollback.junit.xml")]
    [InlineData(ReportFormat.Markdown, "canary-rollback.md")]
    [InlineData(ReportFormat.GitHubAnnotations, "canary-rollback.github.txt")]
    [InlineData(ReportFormat.GitLabCodeQuality, "canary-rollback.codequality.json")]
    public void CanaryRollback_MatchesGolden(ReportFormat format, string file)
    {
        Golden.AssertMatches(file, DecisionReports.Render(SampleDecisions.CanaryRollback(), format));
    }

    [Theory]
    [InlineData(ReportFormat.Text, "post-deploy-healthy.txt")]
    [InlineData(ReportFormat.JUnit, "post-deploy-healthy.junit.xml")]
    [InlineData(ReportFormat.GitHubAnnotations, "post-deploy-healthy.github.txt")]
    [InlineData(ReportFormat.GitLabCodeQuality, "post-deploy-healthy.codequality.json")]
    public void PostDeployHealthy_MatchesGolden(ReportFormat format, string file)
    {
        Golden.AssertMatches(file, DecisionReports.Render(SampleDecisions.PostDeployHealthy(), format));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown, "slo-warn.md")]
    [InlineData(ReportFormat.JUnit, "slo-warn.junit.xml")]
    public void SloWarn_MatchesGolden(ReportFormat format, string file)
    {
        Golden.AssertMatches(file, DecisionReports.Render(SampleDecisions.SloWarn(), format));
    }
}
