using System.Text;
using Pharos.Catalog.Explain;
using Pharos.Catalog.Model;
using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Catalog.Tests.TestSupport;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Tests.Resolution;

/// <summary>The gates block merges setting by setting: profile → profile environmentOverrides → service → service overrides.</summary>
public sealed class GateResolutionTests
{
    private const string Profiles = Samples.MinimalProfiles + """

            gates:
              preDeploy:
                lookback: 45m
              canary:
                alpha: 0.01
            environmentOverrides:
              prod:
                gates:
                  preDeploy:
                    lookback: 1h
                    blockingSeverities: [availability]
        """;

    private static readonly string Services = Samples.Service("""
            monitoring:
              gates:
                warningsPass: true
                canary:
                  minSamples: 20
              overrides:
                prod:
                  gates:
                    preDeploy:
                      lookback: 90m
        """);

    private static async Task<CompilationResult> Compile(TempCatalog c)
    {
        var result = await c.Profiles(Profiles).Services(Services).CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        return result;
    }

    [Fact]
    public async Task Resolve_Prod_HighestLayerWinsPerSettingAndKeepsWhatItShadowed()
    {
        using var c = new TempCatalog();
        var gates = (await Compile(c)).Targets.Single(t => t.Environment.Id == "prod").Gates;

        var lookback = gates.Find("preDeploy.lookback")!;
        Assert.Equal(TimeSpan.FromMinutes(90), ((GateDuration)lookback.Value.Value).Value);
        Assert.Equal("service svc overrides.prod.gates", lookback.Source.Layer);
        Assert.Equal(["profile base environmentOverrides.prod.gates", "profile base gates"], lookback.Shadowed.Select(s => s.Layer));
        Assert.Equal(["AVAILABILITY"], ((GateSeverities)gates.Find("preDeploy.blockingSeverities")!.Value.Value).Values);
        Assert.Equal("profile base gates", gates.Find("canary.alpha")!.Source.Layer);
        Assert.Equal(20, ((GateNumber)gates.Find("canary.minSamples")!.Value.Value).Value);
        Assert.Equal("service svc gates", gates.Find("warningsPass")!.Source.Layer);
        Assert.Null(gates.Find("slo.failOnFastBurn"));
    }

    [Fact]
    public async Task Resolve_IntStable_ProdOverridesDoNotApply()
    {
        using var c = new TempCatalog();
        var gates = (await Compile(c)).Targets.Single(t => t.Environment.Id == "int-stable").Gates;

        Assert.Equal(TimeSpan.FromMinutes(45), ((GateDuration)gates.Find("preDeploy.lookback")!.Value.Value).Value);
        Assert.Empty(gates.Find("preDeploy.lookback")!.Shadowed);
        Assert.Null(gates.Find("preDeploy.blockingSeverities"));
    }

    [Fact]
    public async Task Resolve_PositionIsTheValueInTheFile()
    {
        using var c = new TempCatalog();
        var lookback = (await Compile(c)).Targets.Single(t => t.Environment.Id == "prod").Gates.Find("preDeploy.lookback")!;

        // services.yaml line 19 is "              lookback: 90m" (the extra text starts on line 10).
        Assert.Equal((19, 25), (lookback.Source.Location.Line, lookback.Source.Location.Column));
    }

    [Fact]
    public async Task Generate_WritesTheGatesBlockAndReadsItBackUnchanged()
    {
        using var c = new TempCatalog();
        var targets = (await Compile(c)).Targets;
        var tree = OutputTree.Kustomize(targets);
        var configMap = Encoding.UTF8.GetString(tree.Files["svc/prod/euw1/monitoring/dynatrace-app-config.yaml"]);
        Assert.Contains("\"gates\": {", configMap, StringComparison.Ordinal);
        Assert.Contains("\"lookback\": \"1h30m\"", configMap, StringComparison.Ordinal);
        Assert.Contains("\"preDeploy.lookback\": \"service svc overrides.prod.gates\"", configMap, StringComparison.Ordinal);

        OutputDirectory.Write(c.OutDir, tree, CancellationToken.None);
        var sink = new DiagnosticBag();
        var read = await GeneratedFolderReader.ReadAsync(c.OutDir, "out", sink, CancellationToken.None);

        Assert.Empty(sink.ToSortedList());
        var original = targets.Single(t => t.Environment.Id == "prod").Gates;
        var roundTrip = read.Single(t => t.Environment.Id == "prod").Gates;
        Assert.Equal(original.Settings.Select(s => (s.Value.Path, s.Value.Value, s.Source.Layer)), roundTrip.Settings.Select(s => (s.Value.Path, s.Value.Value, s.Source.Layer)));
    }

    [Fact]
    public async Task ResolvedModel_CarriesTheSourceOfEveryGateSetting()
    {
        using var c = new TempCatalog();
        var json = Encoding.UTF8.GetString(OutputTree.ResolvedModel((await Compile(c)).Targets));

        Assert.Contains("\"minSamples\": {\n            \"value\": 20,\n            \"source\": {\n              \"layer\": \"service svc gates\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithoutGates_WritesNoGatesBlock()
    {
        using var c = new TempCatalog();
        var result = await c.Profiles(Samples.MinimalProfiles).Services(Samples.Service()).CompileAsync(withMetricsCatalog: false);
        var tree = OutputTree.Kustomize(result.Targets);

        Assert.DoesNotContain("\"gates\"", Encoding.UTF8.GetString(tree.Files["svc/prod/euw1/monitoring/dynatrace-app-config.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveByName_UnknownService_IsNull()
    {
        var catalog = new ServiceCatalog([], new Dictionary<string, MonitoringProfile>());

        Assert.Null(GateResolver.Resolve(catalog, "nope", "prod", new DiagnosticBag()));
    }

    [Fact]
    public async Task Explain_ListsTheGateSettingsWithTheirOriginAndWhatTheyShadow()
    {
        using var c = new TempCatalog();
        var text = ExplainRenderer.Render((await Compile(c)).Targets.Single(t => t.Environment.Id == "prod"));

        Assert.Contains("Gate policy (5)\n  warningsPass = true\n      from    service svc gates  ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  preDeploy.lookback = 1h30m\n      from    service svc overrides.prod.gates  ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("      shadows profile base gates  ", text, StringComparison.Ordinal);
    }
}
