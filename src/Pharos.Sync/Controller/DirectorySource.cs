using Pharos.Catalog.Output;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller;

/// <summary>How the folder source notices changes.</summary>
public sealed record DirectorySourceOptions
{
    /// <summary>After a file-system event, wait until events have been quiet this long before rescanning (a generate run renames many files).</summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Rescan everything this often regardless of events: watchers miss changes (inotify limits, network mounts, a git-sync symlink swap).</summary>
    public TimeSpan FullRescanInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>
/// A folder written by <c>pharos generate</c> (GitOps: the controller runs beside a checkout of the
/// generated output). Reads every <c>&lt;service&gt;/&lt;env&gt;/&lt;region&gt;/monitoring/dynatrace-app-config.yaml</c>,
/// rescans after file-system events (debounced) and on a timer, and ignores pharos's own staging
/// files (<c>*.pharos-tmp</c>). A missing folder, or one without the .pharos-generated marker, is
/// reported and the last state kept: reconciling an empty folder would delete everything.
/// </summary>
public sealed class DirectorySource(string root, DirectorySourceOptions? options = null) : IDesiredStateSource
{
    public const string FileName = "dynatrace-app-config.yaml";
    private const string StagingSuffix = ".pharos-tmp";
    private readonly DirectorySourceOptions _options = options ?? new DirectorySourceOptions();
    private readonly Dictionary<string, (long Length, DateTime Modified, SourceDocument Document)> _cache = new(StringComparer.Ordinal);
    private SourceSnapshot? _current;
    private string? _lastProblem;

    public string Description => $"generated folder {root}";

    public SourceSnapshot? Current => Volatile.Read(ref _current);

    public bool WritesStatus => false;

    public string Root => root;

    /// <summary>How many times the folder was scanned; tests use it to see that staging files cause none.</summary>
    internal int Scans { get; private set; }

    /// <summary>Why the folder cannot be used right now, or null when it can (for a startup check in the CLI).</summary>
    public static Diagnostic? Check(string root) =>
        !Directory.Exists(root) ? ControllerDiagnostics.GeneratedFolderMissing(root)
        : !File.Exists(Path.Combine(root, OutputTree.MarkerFile)) ? ControllerDiagnostics.GeneratedFolderNotOwned(root)
        : null;

    public Task<bool> WriteStatusAsync(SourceDocument document, DocumentStatus status, CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task RunAsync(ISourceObserver observer, CancellationToken cancellationToken)
    {
        using var signal = new SemaphoreSlim(0);
        FileSystemWatcher? watcher = null;
        var lastFullRead = DateTimeOffset.MinValue;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                watcher ??= TryWatch(signal);
                var now = _options.TimeProvider.GetUtcNow();
                var full = now - lastFullRead >= _options.FullRescanInterval;
                if (Scan(observer, full) && full)
                {
                    lastFullRead = now;
                }

                // Wait for an event (then let the burst settle) or for the next full rescan.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var woke = await signal.WaitAsync(_options.FullRescanInterval, wait.Token);
                if (woke)
                {
                    while (await signal.WaitAsync(_options.SettleDelay, cancellationToken))
                    {
                        // Keep waiting while events arrive.
                    }
                }
                else
                {
                    lastFullRead = DateTimeOffset.MinValue;
                    watcher?.Dispose(); // Re-create it: the folder may have been replaced under it.
                    watcher = null;
                }
            }
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>Reads the folder; publishes when the content changed. False when the folder is unusable.</summary>
    private bool Scan(ISourceObserver observer, bool full)
    {
        if (Check(root) is { } problem)
        {
            if (_lastProblem != problem.Message)
            {
                _lastProblem = problem.Message;
                observer.OnEvent(new ControllerEvent(_options.TimeProvider.GetUtcNow(), ControllerEventLevel.Error, ControllerEventKind.SourceError, problem.ToString()));
            }

            return false;
        }

        _lastProblem = null;
        Scans++;
        var documents = new List<SourceDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in TargetFiles())
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (Read(path, relative, full) is { } document)
            {
                documents.Add(document);
                seen.Add(relative);
            }
        }

        foreach (var gone in _cache.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            _cache.Remove(gone);
        }

        var snapshot = SourceSnapshot.Create(documents);
        var previous = Volatile.Read(ref _current);
        if (previous is null || previous.Fingerprint != snapshot.Fingerprint)
        {
            Volatile.Write(ref _current, snapshot);
            if (previous is null)
            {
                observer.OnEvent(new ControllerEvent(_options.TimeProvider.GetUtcNow(), ControllerEventLevel.Info, ControllerEventKind.SourceSynced, $"read {documents.Count} ConfigMaps from {root}"));
            }

            observer.OnChanged();
        }

        return true;
    }

    /// <summary><c>&lt;service&gt;/&lt;env&gt;/&lt;region&gt;/monitoring/dynatrace-app-config.yaml</c>, skipping hidden folders.</summary>
    private IEnumerable<string> TargetFiles()
    {
        static IEnumerable<string> Folders(string parent) =>
            Directory.Exists(parent)
                ? Directory.EnumerateDirectories(parent).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)
                : [];

        foreach (var service in Folders(root))
        {
            foreach (var environment in Folders(service))
            {
                foreach (var region in Folders(environment))
                {
                    var file = Path.Combine(region, "monitoring", FileName);
                    if (File.Exists(file))
                    {
                        yield return file;
                    }
                }
            }
        }
    }

    private SourceDocument? Read(string path, string relative, bool full)
    {
        try
        {
            var info = new FileInfo(path);
            if (!full && _cache.TryGetValue(relative, out var cached) && cached.Length == info.Length && cached.Modified == info.LastWriteTimeUtc)
            {
                return cached.Document;
            }

            var text = File.ReadAllText(path);
            var display = Path.Combine(root, relative);
            var bag = new DiagnosticBag();
            var configMap = ConfigMapYamlReader.Read(text, display, bag);
            var document = new SourceDocument(relative, configMap, bag.ToSortedList(), SourceSnapshot.HashOf(relative, text));
            _cache[relative] = (info.Length, info.LastWriteTimeUtc, document);
            return document;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Deleted or replaced between listing and reading: the next scan sees the final state.
            return _cache.TryGetValue(relative, out var cached) ? cached.Document : null;
        }
    }

    private FileSystemWatcher? TryWatch(SemaphoreSlim signal)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void OnChange(string path)
            {
                if (!path.EndsWith(StagingSuffix, StringComparison.Ordinal))
                {
                    signal.Release();
                }
            }

            watcher.Changed += (_, e) => OnChange(e.FullPath);
            watcher.Created += (_, e) => OnChange(e.FullPath);
            watcher.Deleted += (_, e) => OnChange(e.FullPath);
            watcher.Renamed += (_, e) => OnChange(e.FullPath);
            watcher.Error += (_, _) => signal.Release();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            return null; // Periodic rescans still work.
        }
    }
}
