using Pharos.Catalog;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The real example catalog (examples/platform-next + examples/metrics-catalog), compiled once per test class.</summary>
public sealed class ExampleCatalogFixture : IAsyncLifetime
{
    public const string CatalogId = "platform-next";

    public static IReadOnlyDictionary<string, string> AllWebhooks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["#team-payment-processor"] = "https://example.webhook.office.com/webhookb2/payments",
        ["#platform-sre"] = "https://example.webhook.office.com/webhookb2/sre",
        ["#team-payment-events-listener"] = "https://example.webhook.office.com/webhookb2/listener",
    };

    public CompilationResult Compilation { get; private set; } = null!;

    public IReadOnlyList<ResolvedTarget> Targets => Compilation.Targets;

    public static TranslationOptions Options { get; } = new(CatalogId) { TeamsWebhookUrls = AllWebhooks };

    public async Task InitializeAsync()
    {
        var root = RepoRoot();
        var compiler = new CatalogCompiler(new WorkingCopyMetricsCatalogSource(Path.Combine(root, "examples", "metrics-catalog")));
        Compilation = await compiler.CompileAsync(Path.Combine(root, "examples", "platform-next"), CancellationToken.None);
        if (Compilation.HasErrors)
        {
            throw new InvalidOperationException("the example catalog does not compile: " + string.Join("; ", Compilation.Diagnostics));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public (TranslationResult Result, IReadOnlyList<Diagnostic> Diagnostics) Translate(TranslationOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var result = SettingsTranslator.Translate(Compilation, options ?? Options, bag);
        return (result, bag.ToSortedList());
    }

    public ResolvedTarget Target(string service, string environment, string region = "euw1") =>
        Targets.Single(t => t.Service == service && t.Environment.Id == environment && t.Region == region);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pharos.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pharos.sln not found above " + AppContext.BaseDirectory);
    }
}
