using System.Text.Json;

namespace Pharos.Local.Settings;

/// <summary>
/// Renders an object's <c>summary</c> (and <c>searchSummary</c>). The default renders the real schemas'
/// summary patterns with Pharos.Settings (<c>RegistrySettingsSummarizer</c>).
/// </summary>
public interface ISettingsSummarizer
{
    string Summarize(string schemaId, JsonElement value);
}
