using System.CommandLine;

namespace Pharos.Cli.Infrastructure;

/// <summary>Options several verbs share, created fresh per command (System.CommandLine symbols have one parent).</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Catalog() => new("--catalog", "-c")
    {
        Description = "Folder holding services.yaml and monitoring-profiles.yaml.",
        DefaultValueFactory = _ => new DirectoryInfo("catalog"),
    };

    public static Option<DirectoryInfo?> MetricsCatalog() => new("--metrics-catalog")
    {
        Description = "Read this metrics-catalog working copy instead of each service's pinned repository and ref.",
    };

    public static Option<DirectoryInfo?> CacheDir() => new("--cache-dir")
    {
        Description = "Where fetched metrics catalogs are cached (default: $PHAROS_CACHE_DIR or ~/.cache/pharos).",
    };

    public static Option<OutputFormat> Output() => new("--output", "-o")
    {
        Description = "Output format: text for people, json for pipelines.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
