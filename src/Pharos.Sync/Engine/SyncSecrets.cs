using System.Text.Json.Nodes;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// Keeps secret values (Teams webhook URLs) out of plans, reports and logs. Plans compare and show
/// values with every secret replaced by <see cref="Mask"/>; <see cref="Scrub"/> removes any
/// secret a server message might echo back.
/// </summary>
public sealed class SyncSecrets
{
    public const string Mask = "***";

    private readonly IReadOnlyList<string> _values;

    public SyncSecrets(IEnumerable<DesiredObject> desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        _values = desired
            .SelectMany(o => o.SecretPaths.Select(p => JsonPointer.Get(o.Value, p)))
            .OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>()
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToList();
    }

    /// <summary>The text with every known secret replaced by <see cref="Mask"/>.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _values)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
