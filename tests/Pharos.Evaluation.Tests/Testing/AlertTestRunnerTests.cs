using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Testing;

namespace Pharos.Evaluation.Tests.Testing;

public sealed class AlertTestRunnerTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Testing", "Samples", name);

    [Fact]
    public async Task SampleFile_AllCasesPass()
    {
        var result = await AlertTestRunner.RunAsync([Sample("payments.alert-test.yaml")]);

        Assert.True(result.ExitCode == 0, result.Text);
        Assert.Equal(3, result.Passed);
        Assert.Contains("  ✓ card payments dip opens and closes one problem (22 min: 2 problem changes, 2 notifications)", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("3 tests: 3 passed, 0 failed\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingCase_ReportShowsTheDifferencesAndATimeline()
    {
        var text = File.ReadAllText(Sample("payments.alert-test.yaml")).Replace("{ at: 9, status: closed", "{ at: 7, status: closed", StringComparison.Ordinal);
        var bag = new DiagnosticBag();

        var cases = await AlertTestRunner.RunTextAsync(text, "payments.alert-test.yaml", null, bag, CancellationToken.None);
        var report = AlertTestReport.Render(cases, bag.ToSortedList(), new Dictionary<string, string>());

        Assert.False(cases[0].Passed);
        Assert.Contains("  ✗ card payments dip opens and closes one problem", report, StringComparison.Ordinal);
        Assert.Contains("closes \"Payment success rate below 95 for card\"  7         9      ← 2 minutes late (line 46)", report, StringComparison.Ordinal);
        Assert.Contains("fired         ▲    ▼", report, StringComparison.Ordinal);
        Assert.Contains("expected      ▲  ▼", report, StringComparison.Ordinal);
        Assert.Contains("          ██▃▂▁_██████████\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedAndMissing_AreListedSeparately()
    {
        var text = File.ReadAllText(Sample("payments.alert-test.yaml"))
            .Replace("'payment_success_rate{payment_method=\"wallet\"}': 99 80 99x10", "'payment_success_rate{payment_method=\"wallet\"}': 80x3 99x10", StringComparison.Ordinal);
        var bag = new DiagnosticBag();

        var cases = await AlertTestRunner.RunTextAsync(text, "p.yaml", null, bag, CancellationToken.None);
        var wallet = cases.Single(c => c.Name == "a single bad minute is not a problem");

        Assert.False(wallet.Passed);
        Assert.Equal(
            ["Unexpected opens  \"Payment success rate below 95 for wallet\" @2", "Unexpected closes \"Payment success rate below 95 for wallet\" @7"],
            wallet.Differences.Select(d => $"{d.Kind} {d.What} @{d.Actual}"));
    }

    [Fact]
    public async Task MissingFile_IsPH5002()
    {
        var result = await AlertTestRunner.RunAsync(["/nonexistent/x.alert-test.yaml"]);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PH5002", d.Code);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task CatalogNamed_IsResolvedAndMergedWithInlineObjects()
    {
        var text = File.ReadAllText(Sample("payments.alert-test.yaml")).Replace("start: 2025", "catalog: ../catalog\nenvironment: prod\nstart: 2025", StringComparison.Ordinal);
        var resolver = new Resolver();
        var bag = new DiagnosticBag();

        var cases = await AlertTestRunner.RunTextAsync(text, "p.yaml", resolver, bag, CancellationToken.None);

        Assert.Empty(bag.ToSortedList());
        Assert.Equal([("../catalog", "prod", "p.yaml")], resolver.Calls);
        Assert.All(cases, c => Assert.True(c.Passed));
    }

    private sealed class Resolver : IAlertTestCatalogResolver
    {
        public List<(string, string?, string)> Calls { get; } = [];

        public ValueTask<AlertTestCatalogResolution> ResolveAsync(string catalog, string? environment, string testFilePath, CancellationToken cancellationToken)
        {
            Calls.Add((catalog, environment, testFilePath));
            return ValueTask.FromResult(new AlertTestCatalogResolution(AlertTestCatalog.Empty, null));
        }
    }
}
