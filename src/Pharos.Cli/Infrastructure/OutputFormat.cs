namespace Pharos.Cli.Infrastructure;

/// <summary>Human text, or JSON for pipelines (<c>--output json</c>).</summary>
public enum OutputFormat
{
    Text,
    Json,
}
