using Pharos.Catalog.Tests.TestSupport;

namespace Pharos.Catalog.Tests.Diagnostics;

/// <summary>One test per gates-block diagnostic (PH1230–PH1234): the input, its file:line:column and its message.</summary>
public sealed class GateDiagnosticCodeTests
{
    // Samples.Service puts the extra text on line 10; Samples.MinimalProfiles ends on line 27.
    private static string ServiceGates(params string[] lines) =>
        Samples.Service("    monitoring:\n      gates:\n" + string.Join("\n", lines.Select(l => "        " + l)));

    private static string ProfileGates(params string[] lines) =>
        Samples.MinimalProfiles + "\n    gates:\n" + string.Join("\n", lines.Select(l => "      " + l)) + "\n";

    private static async Task Expect(string services, string? profiles, string code, string file, int line, int column, string message)
    {
        using var c = new TempCatalog().Profiles(profiles ?? Samples.MinimalProfiles).Services(services);
        var result = await c.CompileAsync(withMetricsCatalog: false);
        var d = DiagnosticAssert.Single(result, code);
        Assert.Equal(message, d.Message);
        Assert.EndsWith(file, d.Location!.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public Task PH1230_GateDurationNotADuration_PointsAtTheValue() =>
        Expect(ServiceGates("preDeploy:", "  lookback: soon"), null, "PH1230", "services.yaml", 13, 21,
            "gates setting 'preDeploy.lookback' must be a duration longer than zero such as 90s, 10m, 1h30m or 2d, but is 'soon'.");

    [Fact]
    public Task PH1230_GateDurationZero_IsRejected() =>
        Expect(ServiceGates("canary:", "  metricWindow: 0m"), null, "PH1230", "services.yaml", 13, 25,
            "gates setting 'canary.metricWindow' must be a duration longer than zero such as 90s, 10m, 1h30m or 2d, but is '0m'.");

    [Fact]
    public Task PH1231_UnknownSeverity_SuggestsTheNearestAndListsAll() =>
        Expect(Samples.Service(), ProfileGates("preDeploy:", "  blockingSeverities: [AVAILABILTY, ERROR]"), "PH1231", "monitoring-profiles.yaml", 30, 30,
            "gates setting 'preDeploy.blockingSeverities' names the problem severity 'AVAILABILTY', which Dynatrace does not have. Did you mean 'AVAILABILITY'? "
            + "Use one of AVAILABILITY, ERROR, PERFORMANCE, RESOURCE_CONTENTION, CUSTOM_ALERT, MONITORING_UNAVAILABLE, INFO.");

    [Fact]
    public Task PH1232_WarningSeverityThatTheDefaultBlocks_IsAConflict() =>
        Expect(ServiceGates("preDeploy:", "  warningSeverities: [ERROR, PERFORMANCE]"), null, "PH1232", "services.yaml", 13, 30,
            "problem severity 'ERROR' is in gates preDeploy.blockingSeverities (the default list) and in preDeploy.warningSeverities (here); "
            + "a pre-deploy gate cannot both block and warn on it. Remove it from one of the lists.");

    [Fact]
    public Task PH1233_AlphaOutOfRange_SaysTheRange() =>
        Expect(Samples.Service(), ProfileGates("canary:", "  alpha: 0.9"), "PH1233", "monitoring-profiles.yaml", 30, 16,
            "gates setting 'canary.alpha' is 0.9, but must be in (0, 0.5], e.g. 0.05.");

    [Fact]
    public Task PH1233_MinSamplesNotWhole_IsOutOfRange() =>
        Expect(ServiceGates("canary:", "  minSamples: 12.5"), null, "PH1233", "services.yaml", 13, 23,
            "gates setting 'canary.minSamples' is 12.5, but must be a whole number, 3 or more.");

    [Fact]
    public Task PH1234_WarnBelowFail_AcrossLayers_PointsAtTheWarningThreshold() =>
        Expect(ServiceGates("slo:", "  warnBelowRemainingBudgetPercent: 10"), ProfileGates("slo:", "  failBelowRemainingBudgetPercent: 15"),
            "PH1234", "services.yaml", 13, 44,
            "gates slo.warnBelowRemainingBudgetPercent (10) is below slo.failBelowRemainingBudgetPercent (15), so the SLO gate would fail before it ever warns. "
            + "Raise the warning threshold or lower the failing one (a setting left out keeps its default: fail below 0, warn below 20).");

    [Fact]
    public Task UnknownGateField_IsPH1005WithDidYouMean() =>
        Expect(ServiceGates("preDeploy:", "  lookbak: 45m"), null, "PH1005", "services.yaml", 13, 11,
            "unknown field 'lookbak' in gates.preDeploy of the gates block of service 'svc'. Did you mean 'lookback'? Known fields: blockingSeverities, lookback, warningSeverities.");

    [Fact]
    public Task UnknownGateSection_IsPH1005WithDidYouMean() =>
        Expect(ServiceGates("preDeplyo:", "  lookback: 45m"), null, "PH1005", "services.yaml", 12, 9,
            "unknown field 'preDeplyo' in the gates block of service 'svc'. Did you mean 'preDeploy'? Known fields: canary, postDeploy, preDeploy, slo, warningsPass.");

    [Fact]
    public Task PH1230_GateDurationBeyondTenYears_IsRejectedNotThrown() =>
        Expect(ServiceGates("postDeploy:", "  deploymentLookback: 999999999d"), null, "PH1230", "services.yaml", 13, 31,
            "gates setting 'postDeploy.deploymentLookback' must be a duration longer than zero such as 90s, 10m, 1h30m or 2d, but is '999999999d'.");

    [Fact]
    public Task PH1233_CanaryMetricToleranceNegative_NamesTheMetric() =>
        Expect(ServiceGates("canary:", "  metrics:", "    - name: error_rate", "      selector: \"app.errors:splitBy()\"", "      maxRelativeIncrease: -0.1"),
            null, "PH1233", "services.yaml", 16, 36,
            "gates setting 'canary.metrics.error_rate.maxRelativeIncrease' is -0.1, but must be 0 or more, a fraction of the stable mean (0.1 = +10 %).");

    [Fact]
    public async Task CanaryMetricTwice_IsPH1204()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles)
            .Services(ServiceGates("canary:", "  metrics:", "    - { name: m, selector: \"a:splitBy()\" }", "    - { name: m, selector: \"b:splitBy()\" }"));
        var d = DiagnosticAssert.Single(await c.CompileAsync(withMetricsCatalog: false), "PH1204");

        Assert.StartsWith("canary metric 'm' is defined twice in the same layer (first at ", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("services.yaml:14:15). Names are keys within a layer; remove or rename one.", d.Message, StringComparison.Ordinal);
        Assert.Equal((15, 15), (d.Location!.Line, d.Location.Column));
    }
}
