using Pharos.Catalog.Documents;
using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;

namespace Pharos.Cli.Commands.Sync;

/// <summary>
/// The Teams channel → webhook URL map sync needs (the URLs are secrets, so they live outside the
/// catalog): a YAML or JSON mapping read from <c>--teams-webhooks FILE</c> or, without it, from the
/// text of <c>$PHAROS_TEAMS_WEBHOOKS</c>. Keys are channels as the catalog writes them; a key
/// without its leading '#' gets one (in YAML a bare <c>#</c> starts a comment, so quote the key).
/// No message ever quotes a value.
/// </summary>
internal static class TeamsWebhookMap
{
    public const string EnvironmentVariable = "PHAROS_TEAMS_WEBHOOKS";

    public static IReadOnlyDictionary<string, string> Load(string? file, string? shownFile, string? environmentText)
    {
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw new CliException($"--teams-webhooks: file not found: {shownFile}. Write the channel → webhook URL map there as YAML or JSON, e.g. \"#team-payments\": https://…");
            }

            return Parse(File.ReadAllText(file), shownFile ?? file);
        }

        return string.IsNullOrWhiteSpace(environmentText) ? new Dictionary<string, string>(StringComparer.Ordinal) : Parse(environmentText, "$" + EnvironmentVariable);
    }

    public static IReadOnlyDictionary<string, string> Parse(string text, string source)
    {
        var sink = new DiagnosticBag();
        var root = YamlDocumentReader.Read(text, source, sink);
        if (sink.ToSortedList().FirstOrDefault(d => d.IsError) is { } syntax)
        {
            // The parser's own message could quote the text around the error, and that text is a secret.
            throw new CliException($"{syntax.Location?.ToString() ?? source}: the Teams webhook map is not valid YAML or JSON. Write one \"#channel\": https://… entry per line, or a JSON object.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null || root is DocScalar { IsNull: true })
        {
            return map;
        }

        if (root is not DocMapping mapping)
        {
            throw new CliException($"{root.Location}: the Teams webhook map must be a mapping of channel to URL, but is {root.KindName}.");
        }

        foreach (var entry in mapping.Entries)
        {
            var channel = entry.Key.StartsWith('#') ? entry.Key : "#" + entry.Key;
            if (entry.Value is not DocScalar { IsNull: false } url || url.Value.Length == 0)
            {
                throw new CliException($"{entry.KeyLocation}: the webhook of Teams channel '{channel}' must be a URL string, but is {entry.Value.KindName}.");
            }

            if (!map.TryAdd(channel, url.Value))
            {
                throw new CliException($"{entry.KeyLocation}: Teams channel '{channel}' is listed twice. Keep one entry.");
            }
        }

        return map;
    }
}
