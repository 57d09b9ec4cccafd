using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Tests.TestSupport;

namespace Pharos.Catalog.Tests.MetricsCatalog;

/// <summary>
/// The example metrics catalog as a real git repository: v1.2.0 without the revenue metrics of
/// seed 001 §10, v1.3.0 with them. Each pin must see its own version, from a commit-keyed cache.
/// </summary>
public sealed class MetricsCatalogGitTests : IAsyncLifetime, IDisposable
{
    private readonly TempCatalog _catalog = new();
    private readonly GitRunner _git = new();
    private string RepoDir => Path.Combine(_catalog.Root, "metrics-repo");
    private string CacheDir => Path.Combine(_catalog.Root, "cache");
    private string Url => new Uri(RepoDir).AbsoluteUri;

    public async Task InitializeAsync()
    {
        CopyDirectory(RepoPaths.Examples("metrics-catalog"), RepoDir);
        var revenue = Path.Combine(RepoDir, "services/payment-processor/payment-revenue-metrics.yaml");
        var revenueText = await File.ReadAllTextAsync(revenue);
        File.Delete(revenue);
        await Git("init", "--quiet", "--initial-branch=main");
        await Git("add", "-A");
        await Git("commit", "--quiet", "-m", "metrics catalog v1.2.0");
        await Git("tag", "v1.2.0");
        await File.WriteAllTextAsync(revenue, revenueText);
        await Git("add", "-A");
        await Git("commit", "--quiet", "-m", "feat: Add revenue metrics for payment-processor");
        await Git("tag", "v1.3.0");
        _catalog.Profiles(await File.ReadAllTextAsync(RepoPaths.Examples("platform-next/monitoring-profiles.yaml")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task Each_pin_sees_its_own_version_in_one_run()
    {
        WriteServices(("payment-processor", "v1.2.0"), ("account-service", "v1.3.0"));
        var result = await Compile();
        DiagnosticAssert.NoErrors(result);

        var payment = result.Targets.First(t => t.Service == "payment-processor" && t.Environment.Id == "prod");
        Assert.DoesNotContain(payment.CustomMetrics, m => m.Value.Name == "revenue_total");
        Assert.Contains(payment.CustomMetrics, m => m.Value.Name == "payment_success_rate");
        Assert.Equal("v1.2.0", payment.MetricsCatalog!.Ref);

        var account = result.Targets.First(t => t.Service == "account-service");
        Assert.Contains(account.CustomMetrics, m => m.Value.Name == "accounts_opened_total");
        Assert.Equal("v1.3.0", account.MetricsCatalog!.Ref);
        Assert.NotEqual(payment.MetricsCatalog.Commit, account.MetricsCatalog.Commit);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(CacheDir, "trees")).Length);
    }

    [Fact]
    public async Task Moving_the_pin_to_v1_3_0_brings_the_revenue_metrics_and_rule()
    {
        WriteServices(("payment-processor", "v1.3.0"));
        var result = await Compile();
        DiagnosticAssert.NoErrors(result);
        var prod = result.Targets.First(t => t.Service == "payment-processor" && t.Environment.Id == "prod");
        Assert.Contains(prod.CustomMetrics, m => m.Value.Name == "revenue_total");
        var drop = prod.AlertRules.Single(r => r.Value.Name == "RevenueDrop");
        Assert.Equal("revenue_total < previous_day * 0.9", drop.Value.Condition!.Value.Value);
        Assert.StartsWith("metrics-repo@v1.3.0:services/payment-processor/payment-revenue-metrics.yaml", drop.Source.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_run_for_a_tag_needs_no_network()
    {
        WriteServices(("payment-processor", "v1.2.0"));
        DiagnosticAssert.NoErrors(await Compile());
        Directory.Move(RepoDir, RepoDir + "-gone");
        var again = await Compile();
        DiagnosticAssert.NoErrors(again);
        Assert.Contains(again.Targets, t => t.Service == "payment-processor");
    }

    [Fact]
    public async Task Branch_ref_falls_back_to_the_cached_head_with_a_warning_when_unreachable()
    {
        WriteServices(("payment-processor", "main"));
        DiagnosticAssert.NoErrors(await Compile());
        Directory.Move(RepoDir, RepoDir + "-gone");
        var again = await Compile();
        DiagnosticAssert.NoErrors(again);
        var warning = DiagnosticAssert.Single(again, "PH1307");
        Assert.Contains("using the cached head of branch 'main'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_ref_names_the_service_url_and_ref()
    {
        WriteServices(("payment-processor", "v9.9.9"));
        var result = await Compile();
        var d = DiagnosticAssert.Single(result, "PH1302");
        Assert.Equal($"service 'payment-processor': metrics catalog '{Url}' has no tag, branch or commit 'v9.9.9'. List what exists with: git ls-remote --tags {Url}", d.Message);
        Assert.EndsWith("services.yaml", d.Location!.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_repository_names_the_service_url_and_ref()
    {
        WriteServices(("payment-processor", "v1.2.0"), Url + "-does-not-exist");
        var result = await Compile();
        var d = DiagnosticAssert.Single(result, "PH1301");
        Assert.StartsWith($"service 'payment-processor': cannot read metrics catalog '{Url}-does-not-exist' at ref 'v1.2.0':", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_in_repository_urls_are_redacted() =>
        Assert.Equal("https://***@git.example.com/metrics.git", UrlRedactor.Redact("https://bot:s3cr3t@git.example.com/metrics.git"));

    private Task<CompilationResult> Compile() =>
        new CatalogCompiler(new GitMetricsCatalogSource(CacheDir, _git)).CompileAsync(_catalog.CatalogDir, CancellationToken.None);

    private void WriteServices((string Name, string Ref)[] services, string? url) { }

    private void WriteServices(params (string Name, string Ref)[] services) => WriteServicesAt(Url, services);

    private void WriteServices((string Name, string Ref) service, string url) => WriteServicesAt(url, [service]);

    private void WriteServicesAt(string url, (string Name, string Ref)[] services)
    {
        var text = "services:\n" + string.Concat(services.Select(s => $"""
              - name: {s.Name}
                regions: [euw1]
                enabledIn: [int-stable, prod]
                monitoringProfile: domain-api
                monitoring:
                  customMetrics:
                    repository:
                      url: {url}
                      ref: {s.Ref}

            """));
        _catalog.Services(text);
    }

    private async Task Git(params string[] args)
    {
        var result = await _git.RunAsync(["-c", "user.name=Pharos Tests", "-c", "user.email=tests@pharos.invalid", "-c", "commit.gpgsign=false", .. args], RepoDir, CancellationToken.None);
        Assert.True(result.Succeeded, $"git {string.Join(' ', args)}: {result.Error}");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
