using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Sync.Controller;
using Pharos.Sync.Tests.Controller.Support;
using Pharos.Sync.Tests.Translation;

namespace Pharos.Sync.Tests.Controller;

/// <summary>The generated-folder source: what it reads, what it ignores, and how changes become reconciles.</summary>
public sealed class DirectorySourceTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pharos-dir-source-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _stop = new();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static DirectorySourceOptions Fast => new() { SettleDelay = TimeSpan.FromMilliseconds(100), FullRescanInterval = TimeSpan.FromMilliseconds(300) };

    private static string Relative(ResolvedTarget t) => $"{t.Service}/{t.Environment.Id}/{t.Region}/monitoring/{DirectorySource.FileName}";

    private string Write(ResolvedTarget target, string? yaml = null)
    {
        var path = Path.Combine(_root, Relative(target));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml ?? ManifestWriter.ConfigMap(target));
        return path;
    }

    private void Generate(params ResolvedTarget[] targets)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, OutputTree.MarkerFile), "generated\n");
        foreach (var target in targets)
        {
            Write(target);
        }
    }

    private ResolvedTarget[] Three() =>
        [fixture.Target("payment-processor", "prod", "euw1"), fixture.Target("payment-processor", "prod", "euw2"), fixture.Target("settlement-batch", "int-stable")];

    [Fact]
    public async Task Run_GeneratedFolder_ReadsEveryTargetConfigMap()
    {
        Generate(Three());
        File.WriteAllText(Path.Combine(_root, "payment-processor", "prod", "euw1", "kustomization.yaml"), "kind: Kustomization\n");
        var source = new DirectorySource(_root, Fast);
        var observer = new RecordingObserver();
        _ = source.RunAsync(observer, _stop.Token);

        await Eventually.TrueAsync(() => source.Current is not null, "the folder is read");

        Assert.Equal(Three().Select(Relative).Order(StringComparer.Ordinal), source.Current!.Documents.Select(d => d.Key));
        Assert.All(source.Current.Documents, d => Assert.Empty(d.ReadDiagnostics));
        Assert.Equal(Path.Combine(_root, Relative(Three()[0])), source.Current.Documents[0].File);
        Assert.Equal(1, observer.Changes);
    }

    [Fact]
    public async Task Run_ChangesToSeveralFiles_AreOneDebouncedReconcile()
    {
        var targets = Three();
        Generate(targets);
        var reconciler = new RecordingReconciler();
        var controller = new SyncController(new DirectorySource(_root, Fast with { FullRescanInterval = TimeSpan.FromMinutes(5) }), reconciler, new SyncControllerOptions { DebounceDelay = TimeSpan.FromMilliseconds(500) });
        var run = controller.RunAsync(_stop.Token);
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the first reconcile ran");

        foreach (var target in targets)
        {
            Write(target, ManifestWriter.ConfigMap(target).Replace("\"enabled\": true", "\"enabled\": false", StringComparison.Ordinal));
        }

        await Eventually.TrueAsync(() => reconciler.Count == 2, "the edits are reconciled");
        await Task.Delay(1000);
        Assert.Equal(2, reconciler.Count);
        Assert.All(reconciler.Last.Targets, t => Assert.All(t.AlertRules, r => Assert.False(r.Value.Enabled)));
        await _stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Run_StagingFiles_TriggerNoScanAndAreNeverRead()
    {
        Generate(Three()[0]);
        var final = Path.Combine(_root, Relative(Three()[1]));
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        var source = new DirectorySource(_root, Fast with { FullRescanInterval = TimeSpan.FromMinutes(5) });
        var observer = new RecordingObserver();
        _ = source.RunAsync(observer, _stop.Token);
        await Eventually.TrueAsync(() => source.Current is not null, "the folder is read");
        var scans = source.Scans;

        // What 'pharos generate' does: stage beside the target, then rename into place.
        File.WriteAllText(final + ".pharos-tmp", ManifestWriter.ConfigMap(Three()[1]));
        File.WriteAllText(Path.Combine(_root, Relative(Three()[0])) + ".pharos-tmp", "half-written: {");
        await Task.Delay(800);

        Assert.Equal(scans, source.Scans);
        Assert.Single(source.Current!.Documents);
        File.Move(final + ".pharos-tmp", final);
        await Eventually.TrueAsync(() => source.Current!.Documents.Count == 2, "the renamed file is read");
        Assert.Equal(2, observer.Changes);
    }

    [Fact]
    public async Task Run_RemovedTarget_Disappears()
    {
        var targets = Three();
        Generate(targets);
        var source = new DirectorySource(_root, Fast);
        _ = source.RunAsync(new RecordingObserver(), _stop.Token);
        await Eventually.TrueAsync(() => source.Current?.Documents.Count == 3, "the folder is read");

        Directory.Delete(Path.Combine(_root, "settlement-batch"), recursive: true);

        await Eventually.TrueAsync(() => source.Current!.Documents.Count == 2, "the removed target disappears");
        Assert.DoesNotContain(source.Current!.Documents, d => d.Key.StartsWith("settlement-batch/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BrokenFile_IsADocumentWithItsDiagnostics()
    {
        Generate(Three()[0]);
        Write(Three()[2], "apiVersion: v1\nkind: ConfigMap\nmetadata: [oops\n");
        var source = new DirectorySource(_root, Fast);
        _ = source.RunAsync(new RecordingObserver(), _stop.Token);
        await Eventually.TrueAsync(() => source.Current is not null, "the folder is read");

        var broken = source.Current!.Documents.Single(d => d.Key == Relative(Three()[2]));
        Assert.Null(broken.ConfigMap);
        Assert.Equal("PH1501", Assert.Single(broken.ReadDiagnostics).Code);
    }

    [Fact]
    public async Task PH1565_missing_folder_then_it_appears()
    {
        var source = new DirectorySource(_root, Fast);
        var observer = new RecordingObserver();
        _ = source.RunAsync(observer, _stop.Token);
        await Eventually.TrueAsync(() => observer.Events.Count > 0, "the problem is reported");

        Assert.Null(source.Current);
        var reported = Assert.Single(observer.Events);
        Assert.Equal(ControllerEventKind.SourceError, reported.Kind);
        Assert.Contains($"error PH1565: the generated folder {_root} does not exist", reported.Message, StringComparison.Ordinal);
        Assert.Equal("PH1565", DirectorySource.Check(_root)!.Code);

        Generate(Three()[0]);
        await Eventually.TrueAsync(() => source.Current?.Documents.Count == 1, "the folder is read once it exists");
    }

    [Fact]
    public async Task PH1566_folder_without_marker_is_not_read()
    {
        Generate(Three()[0]);
        File.Delete(Path.Combine(_root, OutputTree.MarkerFile));
        var source = new DirectorySource(_root, Fast);
        var observer = new RecordingObserver();
        _ = source.RunAsync(observer, _stop.Token);
        await Eventually.TrueAsync(() => observer.Events.Count > 0, "the problem is reported");

        Assert.Null(source.Current);
        var d = DirectorySource.Check(_root)!;
        Assert.Equal("PH1566", d.Code);
        Assert.Contains("has no .pharos-generated marker, so it was not written by 'pharos generate'", d.Message, StringComparison.Ordinal);
        Assert.Contains("error PH1566", observer.Events[0].Message, StringComparison.Ordinal);
    }
}
