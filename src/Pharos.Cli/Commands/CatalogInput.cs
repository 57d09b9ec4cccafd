using System.CommandLine;
using Pharos.Catalog;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands;

/// <summary>The catalog a command reads, and how its metrics catalogs are found.</summary>
public sealed record CatalogInput(string CatalogDirectory, string? MetricsCatalogPath, string? CacheDirectory)
{
    public Task<CompilationResult> CompileAsync(CancellationToken cancellationToken)
    {
        IMetricsCatalogSource source = MetricsCatalogPath is not null
            ? new WorkingCopyMetricsCatalogSource(MetricsCatalogPath)
            : new GitMetricsCatalogSource(CacheDirectory ?? GitMetricsCatalogSource.DefaultCacheDirectory(), new GitRunner());
        return new CatalogCompiler(source).CompileAsync(CatalogDirectory, cancellationToken);
    }
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

    public CatalogInput Read(ParseResult parse, IOContext io) => new(
        ShownPath(parse.GetValue(Catalog)!, io),
        parse.GetValue(MetricsCatalog) is { } m ? ShownPath(m, io) : null,
        parse.GetValue(CacheDir)?.FullName);

    /// <summary>Paths in messages are shown as the user wrote them: relative to where pharos runs.</summary>
    public static string ShownPath(FileSystemInfo path, IOContext io)
    {
        var full = Path.GetFullPath(path.ToString(), io.WorkingDirectory);
        var relative = Path.GetRelativePath(io.WorkingDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
