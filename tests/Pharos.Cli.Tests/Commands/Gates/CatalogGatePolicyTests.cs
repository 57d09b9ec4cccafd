using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Cli.Commands.Gates;
using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary>The catalog's gates vocabulary (Pharos.Catalog) and GatePolicy (Pharos.Gates) stay in step.</summary>
public sealed class CatalogGatePolicyTests
{
    private static readonly SourceLocation At = new("services.yaml", 3, 5);

    private static ResolvedGates Gates(params (string Path, GateValue Value)[] settings) =>
        new(settings.Select(s => new Resolved<GateSetting>(new GateSetting(s.Path, s.Value, At), new Provenance("service svc gates", At), [])).ToList());

    private static GateValue SampleOf(GateSettingSpec spec) => spec.Kind switch
    {
        // The opposite of the default, whatever it is.
        GateSettingKind.Flag => new GateFlag(Describe(GatePolicy.Default, spec.Path) != "true"),
        GateSettingKind.Duration => new GateDuration(TimeSpan.FromMinutes(7)),
        GateSettingKind.Number => new GateNumber(spec.Maximum < 1 ? 0.2 : 42),
        GateSettingKind.Integer => new GateNumber(42),
        GateSettingKind.CanaryMetrics => new GateCanaryMetrics([new GateCanaryMetric("m", "app.m:splitBy()", "ms", 0.3)]),
        _ => new GateSeverities(["INFO"]),
    };

    public static TheoryData<string> SettingPaths() => [.. GateFacts.Settings.Select(s => s.Path)];

    [Theory]
    [MemberData(nameof(SettingPaths))]
    public void Apply_EveryCatalogSetting_ChangesThePolicyAndIsListedWithItsSource(string path)
    {
        var spec = GateFacts.Find(path)!;
        var policy = CatalogGatePolicy.Apply(GatePolicy.Default, Gates((path, SampleOf(spec))));

        Assert.NotEqual(Describe(GatePolicy.Default, path), Describe(policy, path));
        Assert.Equal("service svc gates (services.yaml:3:5)", policy.Sources[path]);
    }

    [Fact]
    public void Severities_AreTheProblemsApiLevels() =>
        Assert.Equal(ProblemVocabulary.SeverityLevels, GateFacts.Severities);

    [Fact]
    public void CrossSettingDefaults_AreTheGatePolicyDefaults()
    {
        var policy = GatePolicy.Default;
        Assert.Equal(policy.PreDeploy.BlockingSeverities, GateFacts.DefaultBlockingSeverities);
        Assert.Equal(policy.PreDeploy.WarningSeverities, GateFacts.DefaultWarningSeverities);
        Assert.Equal(GateFacts.DefaultFailBelowRemainingBudgetPercent, policy.Slo.FailBelowRemainingBudgetPercent);
        Assert.Equal(GateFacts.DefaultWarnBelowRemainingBudgetPercent, policy.Slo.WarnBelowRemainingBudgetPercent);
    }

    [Fact]
    public void Apply_MetricToleranceOwnBeatsCanaryWideWhichBeatsDefault()
    {
        var metrics = new GateCanaryMetrics([new GateCanaryMetric("own", "a:splitBy()", "", 0.5), new GateCanaryMetric("shared", "b:splitBy()", "", null)]);

        var listed = CatalogGatePolicy.Apply(GatePolicy.Default, Gates(("canary.metrics", metrics), ("canary.maxRelativeIncrease", new GateNumber(0.25))));
        var defaultsOnly = CatalogGatePolicy.Apply(GatePolicy.Default, Gates(("canary.maxRelativeIncrease", new GateNumber(0.25))));

        Assert.Equal([("own", 0.5), ("shared", 0.25)], listed.Canary.Metrics.Select(m => (m.Name, m.MaxRelativeIncrease)));
        Assert.Equal([0.25, 0.25], defaultsOnly.Canary.Metrics.Select(m => m.MaxRelativeIncrease));
        Assert.Equal([0.1, 0.1], CatalogGatePolicy.Apply(GatePolicy.Default, ResolvedGates.Empty).Canary.Metrics.Select(m => m.MaxRelativeIncrease));
    }

    private static string Describe(GatePolicy policy, string path) =>
        Enum.GetValues<GateKind>().SelectMany(g => GatePolicySettings.For(g, policy)).First(s => s.Setting == path).Value;
}
