using Pharos.Catalog.MetricsCatalog;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Tests.TestSupport;

/// <summary>A catalog folder (and optional metrics-catalog working copy) in a temp directory.</summary>
internal sealed class TempCatalog : IDisposable
{
    public TempCatalog()
    {
        Root = Path.Combine(Path.GetTempPath(), "pharos-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CatalogDir);
        Directory.CreateDirectory(MetricsDir);
    }

    public string Root { get; }

    public string CatalogDir => Path.Combine(Root, "catalog");

    public string MetricsDir => Path.Combine(Root, "metrics-catalog");

    public string OutDir => Path.Combine(Root, "out");

    public TempCatalog Services(string yaml) => Write(Path.Combine(CatalogDir, "services.yaml"), yaml);

    public TempCatalog Profiles(string yaml) => Write(Path.Combine(CatalogDir, "monitoring-profiles.yaml"), yaml);

    public TempCatalog MetricsFile(string relativePath, string yaml) => Write(Path.Combine(MetricsDir, relativePath), yaml);

    public async Task<CompilationResult> CompileAsync(bool withMetricsCatalog = true) =>
        await new CatalogCompiler(withMetricsCatalog ? new WorkingCopyMetricsCatalogSource(MetricsDir) : new NoMetricsCatalog())
            .CompileAsync(CatalogDir, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private TempCatalog Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    private sealed class NoMetricsCatalog : IMetricsCatalogSource
    {
        public Task<MetricsCatalogFetch> GetAsync(Model.MetricsCatalogReference reference, CancellationToken cancellationToken) =>
            Task.FromResult(new MetricsCatalogFetch(MetricsCatalogFetchStatus.RepositoryUnavailable, null, "no metrics catalog in this test"));
    }
}

internal static class DiagnosticAssert
{
    /// <summary>Asserts exactly one diagnostic with <paramref name="code"/> and returns it.</summary>
    public static Diagnostic Single(CompilationResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}. All: {string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    public static void NoErrors(CompilationResult result) =>
        Assert.False(result.HasErrors, "unexpected errors:\n" + string.Join("\n", result.Diagnostics));
}

/// <summary>Small catalogs the tests start from.</summary>
internal static class Samples
{
    public const string MinimalProfiles = """
        monitoringProfiles:
          base:
            description: "test profile"
            dynatrace:
              enabled: true
              primary: true
              alertRules:
                - name: "ErrorRateAnomaly"
                  condition: "Anomaly(ErrorRate)"
                  targets: ["SERVICE"]
                  severity: warning
              customMetrics:
                - name: "http_requests_total"
                  type: "counter"
                  unit: "count"
            slos:
              availability:
                baselineInt: 99.0
                baselinePre: 99.5
                baselineProd: 99.9
              latency:
                p95Baseline: 500
                p99Baseline: 1000
              errorRate:
                baselineInt: 5.0
                baselinePre: 1.0
                baselineProd: 0.1
        """;

    public static string Service(string extra = "", string name = "svc", string enabledIn = "[int-stable, prod]", string regions = "[euw1]") => $"""
        services:
          - name: {name}
            regions: {regions}
            enabledIn: {enabledIn}
            cost:
              costCenter: "COR-B"
              businessUnit: "core-banking"
              costOwner: "owner@company.com"
            monitoringProfile: base
        {extra}
        """;
}
