using System.CommandLine;
using Pharos.Catalog;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands;

/// <summary>The catalog a command reads, and how its metrics catalogs are found.</summary>
/// <param name="CatalogDirectory">Full path of the catalog folder.</param>
/// <param name="CatalogShown">The catalog folder as shown in messages (relative to where pharos runs).</param>
public sealed record CatalogInput(string CatalogDirectory, string CatalogShown, string? MetricsCatalogPath, string? MetricsCatalogShown, string? CacheDirectory)
{
    public string EffectiveCacheDirectory => CacheDirectory ?? GitMetricsCatalogSource.DefaultCacheDirectory();

    public CatalogCompiler CreateCompiler()
    {
        IMetricsCatalogSource source = MetricsCatalogPath is not null
            ? new WorkingCopyMetricsCatalogSource(MetricsCatalogPath, MetricsCatalogShown)
            : new GitMetricsCatalogSource(EffectiveCacheDirectory, new GitRunner());
        return new CatalogCompiler(source);
    }

    public Task<CompilationResult> CompileAsync(CancellationToken cancellationToken) => CompileAsync(CreateCompiler(), cancellationToken);

    public Task<CompilationResult> CompileAsync(CatalogCompiler compiler, CancellationToken cancellationToken) =>
        compiler.CompileAsync(CatalogDirectory, cancellationToken, CatalogShown);
}

/// <summary>The --catalog, --metrics-catalog and --cache-dir options of one command.</summary>
public sealed class CatalogInputOptions
{
    public Option<DirectoryInfo> Catalog { get; } = CommonOptions.Catalog();

    public Option<DirectoryInfo?> MetricsCatalog { get; } = CommonOptions.MetricsCatalog();

    public Option<DirectoryInfo?> CacheDir { get; } = CommonOptions.CacheDir();

    public void AddTo(Command command)
    {
        command.Options.Add(Catalog);
        command.Options.Add(MetricsCatalog);
        command.Options.Add(CacheDir);
    }

    public CatalogInput Read(ParseResult parse, IOContext io)
    {
        var catalog = parse.GetValue(Catalog)!;
        var metrics = parse.GetValue(MetricsCatalog);
        var cache = parse.GetValue(CacheDir);
        return new CatalogInput(
            FullPath(catalog, io),
            ShownPath(catalog, io),
            metrics is null ? null : FullPath(metrics, io),
            metrics is null ? null : ShownPath(metrics, io),
            cache is null ? null : FullPath(cache, io));
    }

    public static string FullPath(FileSystemInfo path, IOContext io) => Path.GetFullPath(path.ToString(), io.WorkingDirectory);

    /// <summary>Paths in messages are shown as the user wrote them: relative to where pharos runs.</summary>
    public static string ShownPath(FileSystemInfo path, IOContext io)
    {
        var full = FullPath(path, io);
        var relative = Path.GetRelativePath(io.WorkingDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
