using System.Text;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Sync;

/// <summary>
/// What plan, apply and drift share: the catalog to compile, which part of it to sync, and the
/// Dynatrace environment. <see cref="Token"/> is never printed, not even by <c>ToString()</c>.
/// </summary>
public sealed record SyncArguments(
    CatalogInput Input,
    string CatalogId,
    string? TeamsWebhooksFile,
    string? TeamsWebhooksShown,
    string? TeamsWebhooksText,
    IReadOnlyList<string> Environments,
    string? Url,
    string? Token,
    int Concurrency,
    OutputFormat Output)
{
    /// <summary>A folder written by <c>pharos generate</c> to sync from instead of compiling the catalog.</summary>
    public string? GeneratedDirectory { get; init; }

    public string? GeneratedShown { get; init; }

    /// <summary>Where the URL came from, as diagnostics name it: <c>--url</c> or <c>DT_ENV_URL</c>.</summary>
    public string UrlSetting { get; init; } = "--url";

    /// <summary>Where the token came from: <c>--token</c> or <c>DT_API_TOKEN</c>.</summary>
    public string TokenSetting { get; init; } = "--token";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Input = {Input}, CatalogId = {CatalogId}, TeamsWebhooksFile = {TeamsWebhooksShown}, Environments = [{string.Join(", ", Environments)}], Url = {Url}, Token = ***, Concurrency = {Concurrency}, Output = {Output}");
        return true;
    }
}
