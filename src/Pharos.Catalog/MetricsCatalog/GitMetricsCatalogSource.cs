using System.Collections.Concurrent;
using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using Pharos.Catalog.Model;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>
/// Fetches metrics catalogs with the git CLI into a cache keyed by resolved commit:
/// <c>&lt;cache&gt;/repos/&lt;hash(url)&gt;.git</c> is a bare mirror, <c>&lt;cache&gt;/trees/&lt;commit&gt;/</c> the
/// extracted files. Commits and tags already in the mirror resolve without network (tags are
/// treated as immutable, as release tags should be); branches are re-fetched because they move,
/// falling back to the cached branch head with a warning when the remote is unreachable.
/// </summary>
public sealed class GitMetricsCatalogSource(string cacheDirectory, GitRunner git) : IMetricsCatalogSource
{
    private readonly ConcurrentDictionary<(string Url, string Ref), Lazy<Task<MetricsCatalogFetch>>> _inFlight = new();

    // One git operation per mirror at a time: two refs of one repository share its mirror.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _mirrorLocks = new(StringComparer.Ordinal);

    public static string DefaultCacheDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable("PHAROS_CACHE_DIR");
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return explicitDir;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "pharos");
    }

    public Task<MetricsCatalogFetch> GetAsync(MetricsCatalogReference reference, CancellationToken cancellationToken) =>
        // Many services pin the same url@ref: fetch it once per run.
        _inFlight.GetOrAdd((reference.Url, reference.Ref), key => new Lazy<Task<MetricsCatalogFetch>>(() => FetchAsync(key.Url, key.Ref, cancellationToken))).Value;

    private async Task<MetricsCatalogFetch> FetchAsync(string url, string reference, CancellationToken cancellationToken)
    {
        var mirror = Path.Combine(cacheDirectory, "repos", Hash(url) + ".git");
        var gate = _mirrorLocks.GetOrAdd(mirror, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await FetchLockedAsync(mirror, url, reference, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<MetricsCatalogFetch> FetchLockedAsync(string mirror, string url, string reference, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(mirror))
        {
            // Initialise beside the final path and rename, so a crash never leaves a folder that looks like a mirror.
            var staging = mirror + ".tmp-" + Guid.NewGuid().ToString("N");
            var init = await git.RunAsync(["init", "--bare", "--quiet", staging], null, cancellationToken);
            if (!init.Succeeded)
            {
                return Unavailable(init.Error);
            }

            try
            {
                Directory.Move(staging, mirror);
            }
            catch (IOException) when (Directory.Exists(mirror))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        string? warning = null;
        var commit = await ResolveLocallyAsync(mirror, reference, allowBranches: false, cancellationToken);
        if (commit is null)
        {
            var fetch = await git.RunAsync(
                ["--git-dir", mirror, "fetch", "--quiet", "--force", "--prune", "--tags", url, "+refs/heads/*:refs/heads/*"],
                null,
                cancellationToken);
            if (!fetch.Succeeded)
            {
                commit = await ResolveLocallyAsync(mirror, reference, allowBranches: true, cancellationToken);
                if (commit is null)
                {
                    return Unavailable(UrlRedactor.Redact(fetch.Error));
                }

                warning = $"could not reach {UrlRedactor.Redact(url)}; using the cached head of branch '{reference}' ({commit[..12]})";
            }
            else
            {
                commit = await ResolveLocallyAsync(mirror, reference, allowBranches: true, cancellationToken);
            }
        }

        if (commit is null)
        {
            return new MetricsCatalogFetch(MetricsCatalogFetchStatus.RefNotFound, null, null);
        }

        var tree = Path.Combine(cacheDirectory, "trees", commit);
        if (!Directory.Exists(tree))
        {
            var error = await ExtractAsync(mirror, commit, tree, cancellationToken);
            if (error is not null)
            {
                return Unavailable(error);
            }
        }

        return new MetricsCatalogFetch(MetricsCatalogFetchStatus.Ok, new MetricsCatalogSnapshot(tree, UrlRedactor.Redact(url), reference, commit), null, warning);
    }

    private async Task<string?> ResolveLocallyAsync(string mirror, string reference, bool allowBranches, CancellationToken cancellationToken)
    {
        var candidates = new List<string> { $"refs/tags/{reference}" };
        if (allowBranches)
        {
            candidates.Add($"refs/heads/{reference}");
        }

        if (IsHex(reference))
        {
            candidates.Add(reference);
        }

        foreach (var candidate in candidates)
        {
            var result = await git.RunAsync(["--git-dir", mirror, "rev-parse", "--verify", "--quiet", candidate + "^{commit}"], null, cancellationToken);
            if (result.Succeeded && result.OutputText.Length == 40)
            {
                return result.OutputText;
            }
        }

        return null;
    }

    private async Task<string?> ExtractAsync(string mirror, string commit, string tree, CancellationToken cancellationToken)
    {
        var archive = await git.RunAsync(["--git-dir", mirror, "archive", "--format=tar", commit], null, cancellationToken);
        if (!archive.Succeeded)
        {
            return archive.Error;
        }

        // Extract beside the final folder and rename, so a crash never leaves a half-extracted commit.
        var staging = tree + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        using (var stream = new MemoryStream(archive.Output))
        {
            await TarFile.ExtractToDirectoryAsync(stream, staging, overwriteFiles: true, cancellationToken);
        }

        try
        {
            Directory.Move(staging, tree);
        }
        catch (IOException) when (Directory.Exists(tree))
        {
            // Another process extracted the same commit first; its copy is identical.
            Directory.Delete(staging, recursive: true);
        }

        return null;
    }

    private static MetricsCatalogFetch Unavailable(string detail) => new(MetricsCatalogFetchStatus.RepositoryUnavailable, null, detail);

    private static bool IsHex(string value) => value.Length is >= 7 and <= 40 && value.All(Uri.IsHexDigit);

    private static string Hash(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..16];
}
